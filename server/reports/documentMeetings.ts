import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { documentMeeting } from '../../shared/reports/reportApi';
import type { TermRow } from '../cards/store';
import type { Db } from '../db/client';
import { issueCardLinks, meetings } from '../db/schema';
import { meetingResource } from '../meetings/store';
import { type Actor, can } from '../policies';

/**
 * The meetings held in the term that discussed any of the cards: one of them is in the
 * meeting's agenda, or the meeting is linked to it in the card's story. Oldest first; only those
 * the actor may read, and only those that have begun by `now`.
 */
export async function meetingsOnCards(
  db: Db,
  actor: Actor,
  term: TermRow,
  cardIds: readonly string[],
  now: Date,
): Promise<z.infer<typeof documentMeeting>[]> {
  if (cardIds.length === 0) return [];
  const wanted = new Set(cardIds);
  const linked = await db
    .select({ target: issueCardLinks.target })
    .from(issueCardLinks)
    .where(and(eq(issueCardLinks.kind, 'meeting'), inArray(issueCardLinks.cardId, [...wanted])));
  const linkedIds = new Set(linked.map((row) => row.target));
  const endOfTerm = new Date(`${term.endsOn}T23:59:59.999+09:00`);
  const rows = await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.councilId, term.councilId),
        gte(meetings.startsAt, new Date(`${term.startsOn}T00:00:00+09:00`)),
        lte(meetings.startsAt, now < endOfTerm ? now : endOfTerm),
      ),
    )
    .orderBy(meetings.startsAt);
  return rows
    .filter(
      (row) =>
        can(actor, 'read', meetingResource(row)) &&
        (linkedIds.has(row.id) ||
          row.agenda.some((item) =>
            item.links.some((link) => link.kind === 'card' && wanted.has(link.id)),
          )),
    )
    .map((row) => ({
      id: row.id,
      title: row.title,
      kind: row.kind,
      startsAt: row.startsAt.toISOString(),
      place: row.place,
    }));
}
