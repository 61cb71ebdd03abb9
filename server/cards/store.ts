import { and, asc, eq, isNull } from 'drizzle-orm';
import type { CardEventKind, CardView, TermView } from '../../shared/cardApi';
import type { Db } from '../db/client';
import { issueCardEvents, issueCards, subcommittees, terms } from '../db/schema';
import { type Actor, allowed, type TermResource } from '../policies';

export type TermRow = typeof terms.$inferSelect;
export type SubcommitteeRow = typeof subcommittees.$inferSelect;
export type CardRow = typeof issueCards.$inferSelect;

export async function findTerm(db: Db, termId: string): Promise<TermRow | undefined> {
  const [row] = await db.select().from(terms).where(eq(terms.id, termId));
  return row;
}

export const termResource = (row: TermRow): TermResource => ({
  type: 'term',
  id: row.id,
  councilId: row.councilId,
  closed: row.closedAt !== null,
});

export async function councilTerms(db: Db, councilId: string): Promise<TermRow[]> {
  return db
    .select()
    .from(terms)
    .where(eq(terms.councilId, councilId))
    .orderBy(asc(terms.startsOn), asc(terms.createdAt));
}

/** The current term: the open one that starts last. */
export async function currentTermId(db: Db, councilId: string): Promise<string | undefined> {
  const open = await db
    .select({ id: terms.id, startsOn: terms.startsOn })
    .from(terms)
    .where(and(eq(terms.councilId, councilId), isNull(terms.closedAt)))
    .orderBy(asc(terms.startsOn), asc(terms.createdAt));
  return open.at(-1)?.id;
}

export const termView = (row: TermRow, actor: Actor, currentId: string | undefined): TermView => ({
  id: row.id,
  councilId: row.councilId,
  name: row.name,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  closedAt: row.closedAt?.toISOString() ?? null,
  current: row.id === currentId,
  can: allowed(actor, ['edit', 'manage', 'report'], termResource(row)),
});

export async function findSubcommittee(db: Db, id: string): Promise<SubcommitteeRow | undefined> {
  const [row] = await db.select().from(subcommittees).where(eq(subcommittees.id, id));
  return row;
}

export async function termSubcommittees(db: Db, termId: string): Promise<SubcommitteeRow[]> {
  return db
    .select()
    .from(subcommittees)
    .where(eq(subcommittees.termId, termId))
    .orderBy(asc(subcommittees.createdAt));
}

export async function findCard(db: Db, cardId: string): Promise<CardRow | undefined> {
  const [row] = await db.select().from(issueCards).where(eq(issueCards.id, cardId));
  return row;
}

export async function termCards(db: Db, termId: string): Promise<CardRow[]> {
  return db
    .select()
    .from(issueCards)
    .where(eq(issueCards.termId, termId))
    .orderBy(asc(issueCards.code), asc(issueCards.createdAt));
}

export const cardView = (row: CardRow): CardView => ({
  id: row.id,
  termId: row.termId,
  subcommitteeId: row.subcommitteeId,
  parentId: row.parentId,
  carriedFromId: row.carriedFromId,
  raisedIssueId: row.raisedIssueId,
  code: row.code,
  title: row.title,
  summary: row.summary,
  theme: row.theme,
  fields: row.fields,
  hubFunctions: row.hubFunctions,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
});

/** Appends one step of a card's story (who, when, what changed, why). */
export async function recordCardEvent(
  db: Db,
  event: {
    cardId: string;
    kind: CardEventKind;
    detail?: Record<string, string | null>;
    reason?: string | null;
    actorId: string | null;
  },
): Promise<void> {
  await db.insert(issueCardEvents).values({
    cardId: event.cardId,
    kind: event.kind,
    detail: JSON.stringify(event.detail ?? {}),
    reason: event.reason ?? null,
    actorId: event.actorId,
  });
}
