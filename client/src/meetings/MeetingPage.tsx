import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { groupOf } from '../../../shared/meeting/breakouts';
import type { LiveCommand, LiveState } from '../../../shared/meeting/liveState';
import type { MeetingView } from '../../../shared/meeting/meetingApi';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { useFurigana } from '../furigana/FuriganaContext';
import { GuestFuriganaSwitch } from '../furigana/GuestFuriganaSwitch';
import { AnnotationScopeProvider, UserText } from '../furigana/UserText';
import { useRubyT } from '../furigana/useRubyT';
import { PageHeading } from '../layout/PageHeading';
import { AgendaPanel } from './AgendaPanel';
import { BreakoutPanel } from './breakouts/BreakoutPanel';
import { useGroupName } from './breakouts/useGroupName';
import { GuestLinksPanel } from './GuestLinksPanel';
import { HandsPanel } from './HandsPanel';
import { MeetingFacts } from './MeetingFacts';
import { meetingApi } from './meetingEndpoints';
import { NoteWall } from './notes/NoteWall';
import { useCardTargets } from './notes/useCardTargets';
import { ReactionsBar } from './ReactionsBar';
import { SpotlightForm } from './summon/SpotlightForm';
import { SummonBar } from './summon/SummonBar';
import { useSummon, type WallPlace } from './summon/useSummon';
import { TimerPanel } from './TimerPanel';
import { guestEnded, useMeetingLive } from './useMeetingLive';
import { VotePanel } from './VotePanel';
import type { VoteCandidates } from './VoteStartForm';
import './meetings.css';

/**
 * `/meetings/:id`: the meeting in live mode, for the facilitator and every participant;
 * `/meetings/:id/guest` the same for a guest by link, without the council's pages around it.
 */
export function MeetingPage({ asGuest = false }: { asGuest?: boolean }) {
  const { t, i18n } = useTranslation();
  const r = useRubyT(t);
  const { meetingId = '' } = useParams();
  const [meeting, reload] = useApiData(queryKeys.meeting(meetingId), () =>
    meetingApi.get(meetingId),
  );
  if (meeting.state === 'loading') return <p className="page">{r('app.loading')}</p>;
  if (meeting.state === 'failed') {
    return (
      <div className="page">
        <PageHeading title={t('meetings.title')} />
        <Notice tone="error">{errorMessage(meeting.error, i18n, guestEnded(asGuest))}</Notice>
      </div>
    );
  }
  return <LiveMeeting meeting={meeting.data} reload={reload} asGuest={asGuest} />;
}

type LiveProps = { meeting: MeetingView; reload: () => void; asGuest: boolean };

function LiveMeeting({ meeting, reload, asGuest }: LiveProps) {
  const { t } = useTranslation(['translation', 'minutes']);
  const r = useRubyT(t);
  const live = useMeetingLive(meeting.id, reload);
  useGuestFurigana(asGuest, live.state?.furiganaForGuests ?? false);
  const cardTargets = useCardTargets(
    meeting.councilId,
    meeting.agenda,
    meeting.canFacilitate && !asGuest,
  );
  const [error, setError] = useState('');
  const meetingError = (code: string) =>
    t(`meetings.errors.${code}`, { defaultValue: t('meetings.errors.unavailable') });
  const run = (command: LiveCommand) => {
    setError('');
    live.send(command).then((ack) => {
      if (!ack.ok) setError(meetingError(ack.error));
    });
  };
  const state = live.state;
  const areas = useAreas(state, live.participantId);
  const [place, setPlace] = useState<WallPlace>({ areaId: '', layout: 'wall' });
  const summon = useSummon({
    summon: state?.summon ?? null,
    participantId: live.participantId,
    canFacilitate: live.canFacilitate,
    place,
    goTo: setPlace,
    run,
  });
  // Choosing another area or layout of the wall oneself is moving away from the summoner's view.
  const moveOnWall = (to: WallPlace) => {
    if (to.areaId === place.areaId && to.layout === place.layout) return;
    if (summon.following) summon.leave();
    setPlace(to);
  };
  const areaName = (areaId: string | undefined) =>
    areas.all.find((a) => a.id === areaId)?.label ?? t('meetings.breakouts.wholeMeeting');
  const currentIndex = state ? Math.min(state.currentIndex, meeting.agenda.length - 1) : -1;
  const current = meeting.agenda[currentIndex];
  const closed = meeting.status === 'closed';
  const candidates: VoteCandidates = { card: agendaCards(meeting) };

  return (
    // A guest may read only their meeting, so user text is read for the meeting (the council's
    // readings of names apply).
    <AnnotationScopeProvider value={{ meetingId: meeting.id }}>
      <div className="page meeting-page">
        <PageHeading title={meeting.title}>
          <UserText text={meeting.title} />
        </PageHeading>
        <MeetingFacts meeting={meeting} />
        {asGuest ? (
          <p>
            <Link to={`/meetings/${meeting.id}/guest/minutes`}>{r('minutes:open')}</Link>
          </p>
        ) : (
          <p className="button-row">
            <Link to={`/meetings/${meeting.id}/print`}>{r('meetings.print.open')}</Link>
            <Link to={`/meetings/${meeting.id}/minutes`}>{r('minutes:open')}</Link>
            {meeting.canEdit && (
              <Link to={`/meetings/${meeting.id}/edit`}>{r('meetings.edit')}</Link>
            )}
            <Link to={`/councils/${meeting.councilId}`}>{r('meetings.backHome')}</Link>
          </p>
        )}
        <p role="status" className={`meeting-connection meeting-${live.connection}`}>
          {r(`meetings.connection.${live.connection}`)}
        </p>
        <Notice tone="error">{error}</Notice>
        <p className="meeting-now" aria-live="polite">
          {current
            ? r('meetings.agenda.nowOn', { number: currentIndex + 1, title: current.title })
            : r('meetings.agenda.notStarted')}
        </p>
        {state && (
          <SummonBar
            summon={summon}
            spotlight={state.spotlight}
            canFacilitate={live.canFacilitate}
            asGuest={asGuest}
            areaName={areaName}
            run={run}
          />
        )}
        {state && (
          <div className="meeting-grid">
            <AgendaPanel
              meeting={meeting}
              currentIndex={currentIndex}
              canFacilitate={live.canFacilitate}
              run={run}
            />
            <div className="meeting-side">
              <TimerPanel
                timer={state.timer}
                hasItem={current !== undefined}
                canFacilitate={live.canFacilitate}
                serverNow={live.serverNow}
                run={run}
              />
              <HandsPanel
                state={state}
                participantId={live.participantId}
                canFacilitate={live.canFacilitate}
                canParticipate={!closed}
                run={run}
              />
              {live.canFacilitate && !asGuest && (
                <SpotlightForm councilId={meeting.councilId} cards={cardTargets} run={run} />
              )}
            </div>
            <ReactionsBar canReact={!closed} react={live.react} reactions={live.reactions} />
            <VotePanel
              vote={state.vote}
              candidates={candidates}
              canFacilitate={live.canFacilitate}
              canVote={meeting.canVote}
              joinedBallot={live.joinedBallot}
              send={live.send}
              run={run}
            />
            <BreakoutPanel
              state={state}
              participantId={live.participantId}
              canFacilitate={live.canFacilitate}
              canParticipate={!closed}
              serverNow={live.serverNow}
              roster={live.roster}
              run={run}
              meetingError={meetingError}
            />
          </div>
        )}
        <NoteWall
          // A guest's right to write is decided when the wall opens: it opens again when it changes.
          key={asGuest ? `guest-may-write:${meeting.guestsMay.notes}` : 'member'}
          meetingId={meeting.id}
          cardTargets={cardTargets}
          me={
            live.participantId && live.displayName
              ? { participantId: live.participantId, displayName: live.displayName }
              : null
          }
          canFacilitate={live.canFacilitate}
          live={{
            round: state?.privateNotes ?? null,
            privateNotes: live.privateNotes,
            keepPrivate: live.keepPrivate,
            run,
          }}
          areas={areas}
          place={place}
          onPlace={moveOnWall}
        />
        {meeting.canFacilitate && !closed && (
          <GuestLinksPanel
            meetingId={meeting.id}
            guestsMay={meeting.guestsMay}
            onChanged={reload}
          />
        )}
        {live.canFacilitate && !asGuest && state && (
          <GuestFuriganaSwitch on={state.furiganaForGuests} run={run} />
        )}
      </div>
    </AnnotationScopeProvider>
  );
}

/** A guest's page shows ふりがな while the facilitator has it on for guests. */
function useGuestFurigana(asGuest: boolean, forGuests: boolean) {
  const { setForGuests } = useFurigana();
  useEffect(() => {
    if (!asGuest) return;
    setForGuests(forGuests);
    return () => setForGuests(false);
  }, [asGuest, forGuests, setForGuests]);
}

/** The small groups' areas of the note wall: one's own while at work, and every one. */
function useAreas(state: LiveState | null, participantId: string | null) {
  const name = useGroupName();
  const round = state?.breakouts ?? null;
  const own = groupOf(round, participantId);
  const area = (g: { id: string; members?: { name: string }[] }, label: string) => ({
    id: g.id,
    label,
    members: g.members?.map((m) => m.name) ?? [],
  });
  const current = (round?.groups ?? []).map((g) => area(g, name(g)));
  return {
    own: own ? area(own, name(own)) : null,
    all: [...(state?.pastGroups ?? []).map((g) => area(g, name(g))), ...current],
    outcomes: round?.status === 'calledBack' ? current : null,
  };
}

/** The issue cards the agenda links to, once each: what a vote on cards offers by default. */
function agendaCards(meeting: MeetingView) {
  const seen = new Map<string, string>();
  for (const item of meeting.agenda) {
    for (const link of item.links) {
      if (link.kind === 'card' && !seen.has(link.id)) seen.set(link.id, link.label || link.id);
    }
  }
  return [...seen].map(([ref, label]) => ({ ref, label: label.slice(0, 80) }));
}
