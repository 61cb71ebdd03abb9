// What the closes around a term decided, for its 年次報告: the close that opened it (which cards
// came in from the term before) and, once the term is closed, its own close. Each close lists
// the cards carried on, those closed as 完了 with the reason given, and those merged into another.
import { and, asc, inArray } from 'drizzle-orm';
import type { ReportCard, TermCloseView } from '../../shared/reports/reportApi';
import { type CardRow, councilTerms, type TermRow, termCards } from '../cards/store';
import type { Db } from '../db/client';
import { issueCardEvents, issueCards } from '../db/schema';

export const reportCard = (card: CardRow): ReportCard => ({
  id: card.id,
  code: card.code,
  title: card.title,
  status: card.status,
});

/** The closes around `term`, oldest first: the previous term's, then its own. */
export async function termCloses(db: Db, term: TermRow): Promise<TermCloseView[]> {
  const all = await councilTerms(db, term.councilId);
  const previous = all.filter(
    (other) => other.id !== term.id && other.closedAt && other.startsOn < term.startsOn,
  );
  const closing = [previous.at(-1), term.closedAt ? term : undefined].filter(
    (row): row is TermRow => row !== undefined,
  );
  return Promise.all(closing.map((from) => closeOf(db, from, all)));
}

async function closeOf(db: Db, from: TermRow, all: readonly TermRow[]): Promise<TermCloseView> {
  const cards = await termCards(db, from.id);
  const ids = cards.map((card) => card.id);
  const [carried, events] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .select()
            .from(issueCards)
            .where(inArray(issueCards.carriedFromId, ids))
            .orderBy(asc(issueCards.code), asc(issueCards.createdAt)),
          db
            .select()
            .from(issueCardEvents)
            .where(
              and(
                inArray(issueCardEvents.cardId, ids),
                inArray(issueCardEvents.kind, ['status', 'merge']),
              ),
            )
            .orderBy(asc(issueCardEvents.id)),
        ]);
  /** The reason given the last time the card was closed (完了) or merged. */
  const reasonOf = (cardId: string, kind: 'status' | 'merge') =>
    events.findLast(
      (event) =>
        event.cardId === cardId &&
        event.kind === kind &&
        (kind === 'merge' || JSON.parse(event.detail).to === 'done'),
    )?.reason ?? null;
  const byId = new Map(cards.map((card) => [card.id, card]));
  const into = all.find((row) => row.id === carried[0]?.termId);
  return {
    from: from.name,
    into: into?.name ?? null,
    carried: carried.map(reportCard),
    closed: cards
      .filter((card) => card.status === 'done' && !card.mergedIntoId)
      .map((card) => ({ ...reportCard(card), reason: reasonOf(card.id, 'status') })),
    merged: cards.flatMap((card) => {
      const target = card.mergedIntoId && byId.get(card.mergedIntoId);
      return target
        ? [{ ...reportCard(card), into: target.title, reason: reasonOf(card.id, 'merge') }]
        : [];
    }),
  };
}
