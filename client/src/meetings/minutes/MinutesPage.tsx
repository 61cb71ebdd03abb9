import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MeetingView } from '../../../../shared/meeting/meetingApi';
import { ensureNoteTexts, GENERAL_NOTES } from '../../../../shared/meeting/minutes';
import type { MinutesView } from '../../../../shared/meeting/minutesApi';
import { documentDate } from '../../../../shared/reports/documentDate';
import { api } from '../../api/endpoints';
import { errorMessage } from '../../api/errorMessage';
import { queryKeys } from '../../api/queryKeys';
import { useApiData } from '../../api/useApiData';
import { caseApi } from '../../cases/caseEndpoints';
import { Notice } from '../../forms/Notice';
import { PageHeading } from '../../layout/PageHeading';
import { steerersOf } from '../../members/steerers';
import { DocumentClosedNotice } from '../../realtime/DocumentClosedNotice';
import { RefusedEditsNotice } from '../../realtime/RefusedEditsNotice';
import { refusedTexts } from '../../realtime/refusedTexts';
import { meetingApi } from '../meetingEndpoints';
import { guestEnded, useMeetingLive } from '../useMeetingLive';
import { ActionItemsEditor, type Choice } from './ActionItemsEditor';
import { AttendeeList } from './AttendeeList';
import { CloseMeetingPanel } from './CloseMeetingPanel';
import { DecisionsEditor } from './DecisionsEditor';
import { minutesApi } from './minutesEndpoints';
import { NotesField } from './NotesField';
import { useMinutesDocument } from './useMinutesDocument';
import '../meetings.css';
import './minutes.css';

/**
 * `/meetings/:id/minutes`: the meeting's minutes (議事録), co-written live while it runs; the
 * attendees as they joined; closing the meeting (facilitators, secretariat) makes them final.
 */
export function MinutesPage({ asGuest = false }: { asGuest?: boolean }) {
  const { t, i18n } = useTranslation(['minutes', 'translation']);
  const { meetingId = '' } = useParams();
  const [meeting, reloadMeeting] = useApiData(queryKeys.meeting(meetingId), () =>
    meetingApi.get(meetingId),
  );
  const [minutes, reloadMinutes] = useApiData(queryKeys.minutes(meetingId), () =>
    minutesApi.get(meetingId),
  );
  const reload = useCallback(() => {
    reloadMeeting();
    reloadMinutes();
  }, [reloadMeeting, reloadMinutes]);
  const failed = meeting.state === 'failed' ? meeting : minutes.state === 'failed' ? minutes : null;
  if (failed) {
    return (
      <div className="page">
        <PageHeading title={t('title')} />
        <Notice tone="error">{errorMessage(failed.error, i18n, guestEnded(asGuest))}</Notice>
      </div>
    );
  }
  if (meeting.state !== 'ready' || minutes.state !== 'ready') {
    return <p className="page">{t('translation:app.loading')}</p>;
  }
  return <Minutes asGuest={asGuest} meeting={meeting.data} view={minutes.data} reload={reload} />;
}

function Minutes({
  asGuest,
  meeting,
  view,
  reload,
}: {
  /** A guest by link: their pages are the meeting's only, without the council's around them. */
  asGuest: boolean;
  meeting: MeetingView;
  view: MinutesView;
  reload: () => void;
}) {
  const { t, i18n } = useTranslation(['minutes', 'translation']);
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  // Joining the live meeting is what records one as an attendee; a close there, or someone
  // joining for the first time (oneself included), reloads the page's data.
  useMeetingLive(meeting.id, reload, reload);
  const { doc, state, texts, decisions, actions } = useMinutesDocument(meeting.id);
  const closed = meeting.status === 'closed';
  const editable = view.canEdit && !closed && doc !== null && state.ready && !state.readOnly;
  const sectionIds = useMemo(
    () => [...meeting.agenda.map((item) => item.id), GENERAL_NOTES],
    [meeting.agenda],
  );
  // Each section's text is made once the document is in step with the server (minutes.ts).
  useEffect(() => {
    if (doc && state.synced && editable) ensureNoteTexts(doc, sectionIds, 'minutes-sections');
  }, [doc, state.synced, editable, sectionIds]);
  const people = usePeople(meeting.councilId, view.canEdit && !closed);
  const cases = useCases(meeting.councilId, !asGuest);
  const cards = agendaCards(meeting);
  const placement = new Map(
    view.actions.map((a) => [a.id, { card: a.placed, case: a.case?.placed ?? false }]),
  );
  const pending = view.actions.filter(
    (a) => (a.card && !a.placed) || (a.case && !a.case.placed),
  ).length;
  const title = t('documentTitle', { title: meeting.title });

  const sections = [
    ...meeting.agenda.map((item, index) => ({
      id: item.id,
      heading: t('item', { number: index + 1, title: item.title }),
    })),
    { id: GENERAL_NOTES, heading: t('other') },
  ];

  return (
    <div className="page minutes-page">
      <PageHeading title={title} />
      <p className="button-row">
        <Link to={`/meetings/${meeting.id}${asGuest ? '/guest' : ''}`}>{t('back')}</Link>
        {!asGuest && <Link to={`/meetings/${meeting.id}/minutes/print`}>{t('printView')}</Link>}
        <a href={minutesApi.docxUrl(meeting.id, i18n.language)} download>
          {t('download')}
        </a>
      </p>
      {closed ? (
        <p className="notice notice-info">
          {view.meeting.closedAt &&
            t('closedNotice', { date: documentDate(lang, view.meeting.closedAt) })}{' '}
          {t('readOnly')}
        </p>
      ) : (
        <p className="aside">
          {t('draftNotice')} {editable && t('editing')}
        </p>
      )}
      <DocumentClosedNotice closed={state.closed} />
      {doc && state.failure === 'readOnly' && (
        <RefusedEditsNotice
          reason={closed ? t('refusedClosed') : t('translation:connection.refusedReadOnly')}
          texts={refusedTexts(doc, state.refusedEdits, ['text'])}
        />
      )}
      <AttendeeList attendees={view.attendees} />
      <section aria-labelledby="minutes-proceedings">
        <h2 id="minutes-proceedings">{t('proceedings')}</h2>
        {sections.map((section) => (
          <section
            key={section.id}
            className="minutes-section"
            aria-labelledby={`minutes-section-${section.id}`}
          >
            <h3 id={`minutes-section-${section.id}`}>{section.heading}</h3>
            <NotesField
              id={`minutes-notes-${section.id}`}
              label={t('notesOf', { title: section.heading })}
              text={texts.get(section.id)}
              editable={editable}
            />
            <DecisionsEditor
              doc={doc}
              sectionId={section.id}
              decisions={decisions.filter((d) => (d.itemId ?? GENERAL_NOTES) === section.id)}
              editable={editable}
            />
          </section>
        ))}
      </section>
      <section aria-labelledby="minutes-actions">
        <h2 id="minutes-actions">{t('actions')}</h2>
        <ActionItemsEditor
          doc={doc}
          actions={actions}
          editable={editable}
          closed={closed}
          placement={placement}
          people={people}
          cards={cards}
          cases={cases}
          linkCards={!asGuest}
        />
      </section>
      {view.canClose && (
        <CloseMeetingPanel
          meetingId={meeting.id}
          closed={closed}
          pending={pending}
          onClosed={reload}
        />
      )}
    </div>
  );
}

/** The council's members and secretariat, who may own an action item (none until loaded). */
function usePeople(councilId: string, wanted: boolean): Choice[] {
  const [members] = useApiData(queryKeys.members(councilId), () => api.members(councilId), {
    enabled: wanted,
  });
  const data = members.state === 'ready' ? members.data : undefined;
  return useMemo(
    () => steerersOf(data ?? []).map((m) => ({ id: m.userId, label: m.displayName })),
    [data],
  );
}

/**
 * The reader's own case spaces whose pseudonym they may see (pledged): the names shown for action
 * items going into them. Everyone else sees that an item goes to a case space, not which.
 */
function useCases(councilId: string, wanted: boolean): Choice[] {
  const [cases] = useApiData(queryKeys.cases(councilId), () => caseApi.list(councilId), {
    enabled: wanted,
  });
  const data = cases.state === 'ready' ? cases.data : undefined;
  return useMemo(
    () =>
      (data ?? [])
        .filter((c) => c.pledged)
        .map((c) => ({ id: c.id, label: c.pseudonym, disabled: c.closed || c.locked })),
    [data],
  );
}

/** The issue cards the agenda links to, once each: where action items can go. */
function agendaCards(meeting: MeetingView): Choice[] {
  const seen = new Map<string, string>();
  for (const item of meeting.agenda) {
    for (const link of item.links) {
      if (link.kind === 'card' && !seen.has(link.id)) seen.set(link.id, link.label || link.id);
    }
  }
  return [...seen].map(([id, label]) => ({ id, label }));
}
