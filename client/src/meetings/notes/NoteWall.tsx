import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/issues/fieldIssue';
import { fieldIssueOf } from '../../../../shared/issues/fieldIssue';
import { privateNote } from '../../../../shared/meeting/liveProtocol';
import type { LiveCommand, LiveState } from '../../../../shared/meeting/liveState';
import {
  addGroup,
  addNote,
  areaOf,
  moveNote,
  type NoteTint,
  removeGroup,
  removeNote,
  renameGroup,
  updateNote,
} from '../../../../shared/meeting/noteWall';
import { useIssueText } from '../../forms/useIssueText';
import { useRubyT } from '../../furigana/useRubyT';
import { DocumentClosedNotice } from '../../realtime/DocumentClosedNotice';
import { type Area, BreakoutOutcomes } from '../breakouts/BreakoutOutcomes';
import type { WallPlace } from '../summon/useSummon';
import type { MeetingLive } from '../useMeetingLive';
import { GroupsEditor } from './GroupsEditor';
import { NoteAddForm } from './NoteAddForm';
import { NoteBoard } from './NoteBoard';
import { NoteList } from './NoteList';
import { NoteTools } from './NoteTools';
import { PrivateRound } from './PrivateRound';
import { SendToCard } from './SendToCard';
import type { CardTarget } from './useCardTargets';
import { useNoteWall } from './useNoteWall';

type Props = {
  meetingId: string;
  /** The cards the facilitator may send notes to (none for everyone else). */
  cardTargets: readonly CardTarget[];
  me: { participantId: string; displayName: string } | null;
  canFacilitate: boolean;
  /** The live meeting: its private round, one's own private notes, and the facilitator's commands. */
  live: Pick<MeetingLive, 'privateNotes' | 'keepPrivate'> & {
    round: LiveState['privateNotes'];
    run: (command: LiveCommand) => void;
  };
  /**
   * The small groups' areas: `own` is one's group while the groups are at work (only its area is
   * shown and written to); otherwise anyone may look at any area, and `outcomes` are the groups
   * just called back, shown to all.
   */
  areas: { own: Area | null; all: Area[]; outcomes: Area[] | null };
  /** The area and layout shown: the page keeps them, as a summon moves them too. */
  place: WallPlace;
  /** The person chose another area or layout themselves. */
  onPlace: (place: WallPlace) => void;
};

// Edits made here are this person's; an undo manager could single them out by it.
const LOCAL = 'note-wall';

/** The meeting's sticky-note wall (付箋): add, move, group (KJ法), edit and delete one's own. */
export function NoteWall(props: Props) {
  const { meetingId, cardTargets, me, canFacilitate, live, areas, place, onPlace } = props;
  const { t } = useTranslation();
  const r = useRubyT(t);
  const textOf = useIssueText();
  const { doc, state, wall: whole } = useNoteWall(meetingId);
  const areaId = areas.own ? areas.own.id : place.areaId || undefined;
  const wall = areaOf(whole, areaId);
  const view = place.layout;
  const setView = (layout: WallPlace['layout']) => onPlace({ ...place, layout });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const groupSelect = useRef<HTMLSelectElement>(null);
  const editable = doc !== null && state.ready && !state.readOnly && me !== null;
  const selected = wall.notes.find((n) => n.id === selectedId);
  const problem = (result: Result<unknown>) =>
    result.ok ? null : textOf(result.issues[0] ?? { code: 'invalid' });

  const meetingError = (error: string) =>
    t(`meetings.errors.${error}`, { defaultValue: t('meetings.errors.unavailable') });

  // In a private round a new note goes to the server only, never into the shared document.
  const addPrivately = async (text: string, tint: NoteTint) => {
    const note = privateNote.safeParse({ id: crypto.randomUUID(), text, tint });
    if (!note.success) return problem({ ok: false, issues: note.error.issues.map(fieldIssueOf) });
    const ack = await live.keepPrivate({ op: 'add', note: note.data });
    return ack.ok ? null : meetingError(ack.error);
  };

  const add = (text: string, tint: NoteTint) => {
    if (live.round) return addPrivately(text, tint);
    if (!doc || !me) return t('meetings.notes.notReady');
    // New notes land in a loose stack at the wall's top left, a little apart.
    const offset = (wall.notes.length % 10) * 12;
    return problem(
      addNote(
        doc,
        {
          text,
          tint,
          x: 16 + offset,
          y: 16 + offset,
          authorId: me.participantId,
          authorName: me.displayName,
          createdAt: Date.now(),
          ...(areaId ? { areaId } : {}),
        },
        LOCAL,
      ),
    );
  };

  return (
    <section aria-labelledby="notes-title" className="card note-wall">
      <h2 id="notes-title">{r('meetings.notes.title')}</h2>
      <DocumentClosedNotice closed={state.closed} />
      {!state.ready && !state.closed && <p>{r('meetings.notes.loading')}</p>}
      {state.ready && !editable && <p className="aside">{r('meetings.notes.readOnly')}</p>}
      {areas.outcomes && <BreakoutOutcomes wall={whole} groups={areas.outcomes} />}
      {areas.own ? (
        <p className="breakout-area">
          {r('meetings.breakouts.wallOfGroup', { name: areas.own.label })}
        </p>
      ) : (
        areas.all.length > 0 && (
          <p>
            <label htmlFor="note-area">{r('meetings.breakouts.area')}</label>{' '}
            <select
              id="note-area"
              value={place.areaId}
              onChange={(e) => onPlace({ ...place, areaId: e.target.value })}
            >
              <option value="">{t('meetings.breakouts.wholeMeeting')}</option>
              {areas.all.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          </p>
        )
      )}
      <PrivateRound
        round={live.round}
        canFacilitate={canFacilitate}
        own={live.privateNotes}
        remove={(id) => void live.keepPrivate({ op: 'remove', id })}
        run={live.run}
      />
      {editable && (
        <NoteAddForm
          onAdd={add}
          hint={live.round ? t('meetings.notes.private.addHint') : undefined}
        />
      )}
      <fieldset className="button-row note-view">
        <legend className="visually-hidden">{r('meetings.notes.viewLabel')}</legend>
        <button type="button" aria-pressed={view === 'wall'} onClick={() => setView('wall')}>
          {r('meetings.notes.viewWall')}
        </button>
        <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          {r('meetings.notes.viewList')}
        </button>
      </fieldset>
      {view === 'wall' && editable && <p className="aside">{r('meetings.notes.keysHint')}</p>}
      {view === 'wall' ? (
        <NoteBoard
          wall={wall}
          selectedId={selectedId}
          onSelect={setSelectedId}
          edit={
            editable
              ? {
                  move: (id, x, y) => moveNote(doc, id, x, y, LOCAL),
                  group: (id, groupId) => updateNote(doc, id, { groupId }, LOCAL),
                  chooseGroup: () => setTimeout(() => groupSelect.current?.focus()),
                }
              : null
          }
        />
      ) : (
        <NoteList wall={wall} selectedId={selectedId} onSelect={setSelectedId} />
      )}
      {selected && editable && (
        <NoteTools
          note={selected}
          groups={wall.groups}
          own={selected.authorId === me.participantId || canFacilitate}
          groupSelect={groupSelect}
          sendToCard={
            canFacilitate && (
              <SendToCard
                key={selected.id}
                meetingId={meetingId}
                from={{ kind: 'note', id: selected.id }}
                sentTo={selected.sentTo}
                targets={cardTargets}
              />
            )
          }
          actions={{
            setText: (text) => problem(updateNote(doc, selected.id, { text }, LOCAL)),
            setTint: (tint) => updateNote(doc, selected.id, { tint }, LOCAL),
            setGroup: (groupId) =>
              groupId
                ? updateNote(doc, selected.id, { groupId }, LOCAL)
                : moveNote(doc, selected.id, selected.x, selected.y, LOCAL),
            remove: () => {
              removeNote(doc, selected.id, LOCAL);
              setSelectedId(null);
            },
          }}
        />
      )}
      {editable && (
        <GroupsEditor
          groups={wall.groups}
          add={(title) => problem(addGroup(doc, title, LOCAL, areaId))}
          rename={(id, title) => problem(renameGroup(doc, id, title, LOCAL))}
          remove={(id) => removeGroup(doc, id, LOCAL)}
          sendToCard={
            canFacilitate
              ? (group) => (
                  <SendToCard
                    meetingId={meetingId}
                    from={{ kind: 'group', id: group.id }}
                    sentTo={group.sentTo}
                    targets={cardTargets}
                  />
                )
              : undefined
          }
        />
      )}
    </section>
  );
}
