import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { issueCardLinks } from '../db/schema';
import { notFound } from '../http/errors';
import { ClosedTermError } from './closedTerm';
import { findCard, findTerm, recordCardEvent } from './store';

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

/** The meetings linked to a card, oldest link first. */
export async function meetingsOfCard(db: Db, cardId: string): Promise<string[]> {
  const rows = await db
    .select({ target: issueCardLinks.target })
    .from(issueCardLinks)
    .where(and(eq(issueCardLinks.cardId, cardId), eq(issueCardLinks.kind, 'meeting')))
    .orderBy(issueCardLinks.createdAt);
  return rows.map((row) => row.target);
}
