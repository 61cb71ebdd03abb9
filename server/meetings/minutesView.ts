import { eq } from 'drizzle-orm';
import {
  GENERAL_NOTES,
  type Minutes,
  minutesDocName,
  readMinutes,
} from '../../shared/meeting/minutes';
import type { MinutesView } from '../../shared/meeting/minutesApi';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { type Actor, can } from '../policies';
import type { DocumentEditor } from '../realtime/storedDocuments';
import { councilName } from '../reports/proposal';
import { attendeesOf } from './attendees';
import { placedItemIds } from './cardActions';
import { placedCaseItemIds } from './caseActions';
import { minutesResource } from './minutesKind';
import { liveMeetingIds, type MeetingRow, meetingResource, meetingSummary } from './store';

/**
 * The minutes as their print view and DOCX show them: read live from `minutes:<meetingId>`, the
 * agenda's items in order (each with its notes and decisions), then what was written under no
 * item or under an item since removed from the agenda; who attended; the action items and
 * whether each is on its card or in its case space.
 */
export async function buildMinutes(
  db: Db,
  documents: DocumentEditor,
  actor: Actor,
  row: MeetingRow,
): Promise<MinutesView> {
  const [minutes, attendees, placed, inCases, council, closer, live] = await Promise.all([
    documents.read(minutesDocName(row.id), readMinutes),
    attendeesOf(db, row.id),
    placedItemIds(db, row.id),
    placedCaseItemIds(db, row.id),
    councilName(db, row.councilId),
    row.closedBy ? displayName(db, row.closedBy) : null,
    liveMeetingIds(db, [row.id]),
  ]);
  const summary = meetingSummary(row, live.has(row.id));
  return {
    council,
    meeting: {
      ...summary,
      councilId: row.councilId,
      closedAt: row.closedAt?.toISOString() ?? null,
      closedBy: closer,
    },
    attendees: attendees.map((a) => ({ name: a.displayName, kind: a.kind })),
    sections: sectionsOf(row, minutes),
    actions: minutes.actions.map((a) => ({
      id: a.id,
      text: a.text,
      owner: a.ownerName ?? '',
      due: a.due ?? null,
      card: a.cardId ? { id: a.cardId, label: a.cardLabel ?? '' } : null,
      placed: placed.has(a.id),
      case: a.caseId ? { id: a.caseId, placed: inCases.has(a.id) } : null,
    })),
    canEdit: can(actor, 'edit', minutesResource(row)),
    canClose: can(actor, 'close', meetingResource(row)),
    madeAt: new Date().toISOString(),
  };
}

function sectionsOf(row: MeetingRow, minutes: Minutes): MinutesView['sections'] {
  const decisionsOf = (key: string) =>
    minutes.decisions
      .filter((d) => (d.itemId ?? GENERAL_NOTES) === key)
      .map((d) => ({ id: d.id, text: d.text }));
  const agendaIds = new Set(row.agenda.map((item) => item.id));
  const items = row.agenda.map((item) => ({
    itemId: item.id,
    title: item.title,
    notes: minutes.notes.get(item.id) ?? '',
    decisions: decisionsOf(item.id),
  }));
  const others = [
    GENERAL_NOTES,
    ...[...minutes.notes.keys(), ...minutes.decisions.map((d) => d.itemId ?? GENERAL_NOTES)].filter(
      (key) => key !== GENERAL_NOTES && !agendaIds.has(key),
    ),
  ];
  const rest = [...new Set(others)]
    .map((key) => ({
      itemId: key,
      title: null,
      notes: minutes.notes.get(key) ?? '',
      decisions: decisionsOf(key),
    }))
    .filter((section) => section.notes.trim() !== '' || section.decisions.length > 0);
  return [...items, ...rest];
}

async function displayName(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  return row?.name ?? null;
}
