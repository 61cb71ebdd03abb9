import { and, eq, isNull } from 'drizzle-orm';
import { normalizeForSearch } from '../../shared/board/text';
import type { CreateCardInput, UpdateCardBody } from '../../shared/cardApi';
import type { Db } from '../db/client';
import { issueCards, raisedIssues } from '../db/schema';
import { badRequest, HttpError } from '../http/errors';
import { type CardRow, findCard, findSubcommittee, recordCardEvent, type TermRow } from './store';

/** 抽出 of something that already has a card: answered with that card, not a duplicate. */
export class DuplicateCardError extends HttpError {
  constructor(readonly cardId: string) {
    super(409, 'duplicate_card', 'This issue already has a card; open that card instead.');
  }
}

async function subcommitteeName(db: Db, termId: string, id: string | null | undefined) {
  if (!id) return null;
  const sub = await findSubcommittee(db, id);
  if (sub?.termId !== termId) throw badRequest('That subcommittee is not in this term.');
  return sub.name;
}

const titleOf = (card: CardRow) => `${card.code ? `${card.code} ` : ''}${card.title}`;

/**
 * A parent is a card of the same term that is not itself a sub-item, and a card with sub-items
 * cannot become one: the tree is an issue and its sub-items (A and A-a…), one level deep.
 */
async function parentTitle(db: Db, card: { id?: string; termId: string }, parentId: string | null) {
  if (!parentId) return null;
  const parent = await findCard(db, parentId);
  if (parent?.termId !== card.termId) throw badRequest('That parent card is not in this term.');
  if (parent.id === card.id || parent.parentId) {
    throw badRequest('A card can be a sub-item of a top-level card of the same term only.');
  }
  if (card.id) {
    const [child] = await db
      .select({ id: issueCards.id })
      .from(issueCards)
      .where(eq(issueCards.parentId, card.id))
      .limit(1);
    if (child) throw badRequest('A card with sub-items cannot itself become a sub-item.');
  }
  return titleOf(parent);
}

/** The card of the term already holding this raised issue or this title, if any. */
async function duplicateOf(
  db: Db,
  term: TermRow,
  raisedIssueId: string | null,
  title: string,
): Promise<CardRow | undefined> {
  const cards = await db
    .select()
    .from(issueCards)
    .where(and(eq(issueCards.termId, term.id), isNull(issueCards.mergedIntoId)));
  const folded = normalizeForSearch(title);
  return cards.find(
    (card) =>
      (raisedIssueId !== null && card.raisedIssueId === raisedIssueId) ||
      normalizeForSearch(card.title) === folded,
  );
}

/** Creates a card, from a raised issue (抽出) or from scratch, and starts its story. */
export async function createCard(
  db: Db,
  term: TermRow,
  body: CreateCardInput,
  actorId: string,
): Promise<CardRow> {
  await subcommitteeName(db, term.id, body.subcommitteeId);
  await parentTitle(db, { termId: term.id }, body.parentId);
  let { title, summary } = body;
  if (body.raisedIssueId) {
    const [issue] = await db
      .select()
      .from(raisedIssues)
      .where(
        and(eq(raisedIssues.id, body.raisedIssueId), eq(raisedIssues.councilId, term.councilId)),
      );
    if (!issue) throw badRequest('That raised issue was not found.');
    title ??= issue.title;
    summary ||= issue.description;
  }
  if (!title) throw badRequest('Give the card a title.');
  const duplicate = await duplicateOf(db, term, body.raisedIssueId, title);
  if (duplicate) throw new DuplicateCardError(duplicate.id);
  const [row] = await db
    .insert(issueCards)
    .values({
      ...body,
      title,
      summary,
      councilId: term.councilId,
      termId: term.id,
      createdBy: actorId,
    })
    .returning();
  if (!row) throw new Error('card insert returned nothing');
  await recordCardEvent(db, {
    cardId: row.id,
    kind: 'created',
    detail: body.raisedIssueId ? { raisedIssueId: body.raisedIssueId } : {},
    actorId,
  });
  return row;
}

/**
 * Applies a card's changes; a change of status, owner 部会 or parent is recorded in its story with
 * the reason given.
 */
export async function changeCard(
  db: Db,
  card: CardRow,
  body: UpdateCardBody,
  actorId: string,
): Promise<CardRow> {
  const { reason = '', ...changes } = body;
  const events: Parameters<typeof recordCardEvent>[1][] = [];
  const because = reason || null;
  if (changes.status && changes.status !== card.status) {
    events.push({
      cardId: card.id,
      kind: 'status',
      detail: { from: card.status, to: changes.status },
      reason: because,
      actorId,
    });
  }
  if (changes.subcommitteeId !== undefined && changes.subcommitteeId !== card.subcommitteeId) {
    events.push({
      cardId: card.id,
      kind: 'owner',
      detail: {
        from: await subcommitteeName(db, card.termId, card.subcommitteeId),
        to: await subcommitteeName(db, card.termId, changes.subcommitteeId),
      },
      reason: because,
      actorId,
    });
  }
  if (changes.parentId !== undefined && changes.parentId !== card.parentId) {
    const before = card.parentId ? await findCard(db, card.parentId) : undefined;
    events.push({
      cardId: card.id,
      kind: 'parent',
      detail: {
        from: before ? titleOf(before) : null,
        to: await parentTitle(db, card, changes.parentId),
      },
      reason: because,
      actorId,
    });
  }
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(issueCards)
      .set(changes)
      .where(eq(issueCards.id, card.id))
      .returning();
    if (!updated) throw new Error('card update returned nothing');
    for (const event of events) await recordCardEvent(tx as unknown as Db, event);
    return updated;
  });
}
