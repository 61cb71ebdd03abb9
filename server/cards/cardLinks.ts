import { and, asc, eq } from 'drizzle-orm';
import type { MeetingSummary } from '../../shared/meeting/meetingApi';
import type { Db } from '../db/client';
import { issueCardLinks, meetings } from '../db/schema';
import { notFound } from '../http/errors';
import { liveMeetingIds, meetingResource, meetingSummary } from '../meetings/store';
import { type Actor, can } from '../policies';
import { ClosedTermError } from './closedTerm';
import { type CardRow, findCard, findTerm, recordCardEvent } from './store';

// What other features call to tie their things to a card (meetings: "this meeting discussed
// card X"). The caller has already decided, with can(), that the actor may do this.

/**
 * Links a card to a meeting that discussed it and records it in the card's story. Linking twice
 * changes nothing and returns false. Throws 404 for a missing card, 409 when its term is closed.
 */
export async function linkCardToMeeting(
  db: Db,
  link: { cardId: string; meetingId: string; actorId: string | null; reason?: string | null },
): Promise<boolean> {
  const card = await findCard(db, link.cardId);
  const term = card && (await findTerm(db, card.termId));
  if (!card || !term) throw notFound('That card');
  if (term.closedAt) throw new ClosedTermError(term.name);
  const inserted = await db
    .insert(issueCardLinks)
    .values({ cardId: card.id, kind: 'meeting', target: link.meetingId, createdBy: link.actorId })
    .onConflictDoNothing()
    .returning({ cardId: issueCardLinks.cardId });
  if (inserted.length === 0) return false;
  await recordCardEvent(db, {
    cardId: card.id,
    kind: 'link',
    detail: { meetingId: link.meetingId },
    reason: link.reason ?? null,
    actorId: link.actorId,
  });
  return true;
}

/**
 * The meetings of the card's council that discussed it, as the 提言書 counts them
 * (reports/documentMeetings.ts): the card is in the meeting's agenda, or the meeting is linked
 * to it in the card's story. Upcoming ones too (the card is on their agenda); oldest first, only
 * those the actor may read.
 */
export async function meetingsOfCard(
  db: Db,
  actor: Actor,
  card: Pick<CardRow, 'id' | 'councilId'>,
): Promise<MeetingSummary[]> {
  const linked = await db
    .select({ target: issueCardLinks.target })
    .from(issueCardLinks)
    .where(and(eq(issueCardLinks.cardId, card.id), eq(issueCardLinks.kind, 'meeting')));
  const linkedIds = new Set(linked.map((row) => row.target));
  const rows = (
    await db
      .select()
      .from(meetings)
      .where(eq(meetings.councilId, card.councilId))
      .orderBy(asc(meetings.startsAt))
  ).filter(
    (row) =>
      can(actor, 'read', meetingResource(row)) &&
      (linkedIds.has(row.id) ||
        row.agenda.some((item) =>
          item.links.some((link) => link.kind === 'card' && link.id === card.id),
        )),
  );
  const live = await liveMeetingIds(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => meetingSummary(row, live.has(row.id)));
}
