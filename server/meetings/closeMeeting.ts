import { and, eq, isNull } from 'drizzle-orm';
import { minutesDocName, readMinutes } from '../../shared/meeting/minutes';
import type { CouncilEvents } from '../councils/events';
import type { Db } from '../db/client';
import { meetings } from '../db/schema';
import type { Actor } from '../policies';
import type { DocumentEditor } from '../realtime/storedDocuments';
import { type Placement, placeActionItems } from './cardActions';
import { findMeeting, type MeetingRow } from './store';

/**
 * Closes a meeting: the row is closed (when and by whom, kept with the meeting), everyone in it is
 * told, the minutes turn read-only for every open connection, and only then are they read, so an
 * edit either landed before (and counts) or was refused (its writer is told). Then each action
 * item naming a card is placed on it.
 *
 * Every step may run again: closing a closed meeting keeps its first close and places only the
 * items not yet placed, so a close interrupted after the row was written is finished by closing
 * again, and two closes at once place each item once.
 */
export async function closeMeeting(
  db: Db,
  documents: DocumentEditor,
  events: CouncilEvents,
  row: MeetingRow,
  actor: Actor,
): Promise<{ meeting: MeetingRow } & Placement> {
  if (!row.closedAt) {
    await db
      .update(meetings)
      .set({ closedAt: new Date(), closedBy: actor.userId })
      .where(and(eq(meetings.id, row.id), isNull(meetings.closedAt)));
  }
  const closed = (await findMeeting(db, row.id)) ?? row;
  events.emitMeetingChanged(row.id);
  const name = minutesDocName(row.id);
  await documents.recheckAccess(name);
  const minutes = await documents.read(name, readMinutes);
  const { placed, refused, termIds } = await placeActionItems(db, actor, closed, minutes.actions);
  for (const termId of termIds) events.emitTermChanged(closed.councilId, termId);
  return { meeting: closed, placed, refused };
}
