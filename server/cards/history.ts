import { asc, eq, inArray } from 'drizzle-orm';
import { CARD_EVENT_KINDS, type CardEventView } from '../../shared/cardApi';
import type { Db } from '../db/client';
import { issueCardEvents, issueCards, terms, users } from '../db/schema';
import { findCard } from './store';

const MAX_LINEAGE = 50;

/** The card and the cards it was carried over from, newest first (its lineage across terms). */
export async function lineageOf(db: Db, cardId: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = cardId;
  while (next && ids.length < MAX_LINEAGE && !ids.includes(next)) {
    ids.push(next);
    next = (await findCard(db, next))?.carriedFromId ?? null;
  }
  return ids;
}

const parseDetail = (detail: string): Record<string, string | null> => {
  const parsed: unknown = JSON.parse(detail);
  if (!parsed || typeof parsed !== 'object') return {};
  return Object.fromEntries(
    Object.entries(parsed).map(([key, value]) => [key, value === null ? null : String(value)]),
  );
};

const isKind = (kind: string): kind is CardEventView['kind'] =>
  (CARD_EVENT_KINDS as readonly string[]).includes(kind);

/** A card's story across terms, oldest first: who changed what, when, and why. */
export async function cardHistory(db: Db, cardId: string): Promise<CardEventView[]> {
  const lineage = await lineageOf(db, cardId);
  const rows = await db
    .select({
      id: issueCardEvents.id,
      cardId: issueCardEvents.cardId,
      kind: issueCardEvents.kind,
      detail: issueCardEvents.detail,
      reason: issueCardEvents.reason,
      at: issueCardEvents.at,
      actorName: users.displayName,
      termName: terms.name,
    })
    .from(issueCardEvents)
    .innerJoin(issueCards, eq(issueCards.id, issueCardEvents.cardId))
    .innerJoin(terms, eq(terms.id, issueCards.termId))
    .leftJoin(users, eq(users.id, issueCardEvents.actorId))
    .where(inArray(issueCardEvents.cardId, lineage))
    .orderBy(asc(issueCardEvents.at), asc(issueCardEvents.id));
  return rows.flatMap((row) =>
    isKind(row.kind)
      ? [
          {
            id: row.id,
            cardId: row.cardId,
            termName: row.termName,
            kind: row.kind,
            detail: parseDetail(row.detail),
            reason: row.reason,
            actorName: row.actorName,
            at: row.at.toISOString(),
          },
        ]
      : [],
  );
}
