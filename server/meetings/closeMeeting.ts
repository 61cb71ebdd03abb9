import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { minutesDocName, readMinutes } from '../../shared/meeting/minutes';
import type { CouncilEvents } from '../councils/events';
import type { Db } from '../db/client';
import { meetings } from '../db/schema';
import type { Actor } from '../policies';
import type { DocumentEditor } from '../realtime/storedDocuments';
import { type Placement, placeActionItems } from './cardActions';
import { placeCaseActions } from './caseActions';
import { findMeeting, type MeetingRow } from './store';

/**
 * Closes a meeting: the row is closed (when and by whom, kept with the meeting), everyone in it is
 * told, the minutes turn read-only for every open connection, and only then are they read, so an
 * edit either landed before (and counts) or was refused (its writer is told). Then each action
 * item naming a card is placed on it, and each naming a case space goes into its plan.
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
  /** The closing request, for the case spaces' own check of who may write into them. */
  cases: { request: FastifyRequest; idleLimitMs: number },
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
  const onCards = await placeActionItems(db, actor, closed, minutes.actions);
  for (const termId of onCards.termIds) events.emitTermChanged(closed.councilId, termId);
  const inCases = await placeCaseActions(
    db,
    documents,
    cases.request,
    closed,
    minutes.actions,
    cases.idleLimitMs,
  );
  return {
    meeting: closed,
    placed: [...onCards.placed, ...inCases.placed],
    refused: [...onCards.refused, ...inCases.refused],
  };
}
