import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { type CarryDecision, OPEN_STATUSES, type TermBody } from '../../shared/cardApi';
import { addCardEvaluation, addCardGoal, readTermPlans } from '../../shared/cards/planDocument';
import { entriesOf, readTermEntries, termDocName } from '../../shared/cards/termDocument';
import type { Db } from '../db/client';
import { issueCards, subcommittees, terms } from '../db/schema';
import { badRequest } from '../http/errors';
import { appendUpdates, applyStored, loadDocument } from '../realtime/docStore';
import { type CardRow, recordCardEvent, type TermRow, termCards, termSubcommittees } from './store';

const isOpen = (card: CardRow) =>
  !card.mergedIntoId && (OPEN_STATUSES as readonly string[]).includes(card.status);

/**
 * Closes a term and opens the next. Each open card is carried over (the default), closed as 完了
 * with a reason, or merged into another card of the term; carried cards keep `carriedFromId`,
 * their 部会 (by name), their four columns' entries, goals and evaluations. The closed term stays as it was,
 * read-only. Returns the new term.
 *
 * The entries are copied from the stored document into the new term's document, which nobody
 * can have open yet: it is written as one stored update (no server-side edit of a live
 * document is needed).
 */
export async function closeTerm(
  db: Db,
  term: TermRow,
  next: TermBody,
  decisions: readonly CarryDecision[],
  actorId: string,
): Promise<TermRow> {
  const cards = await termCards(db, term.id);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const decided = new Map(decisions.map((d) => [d.cardId, d]));
  for (const decision of decisions) {
    if (!byId.has(decision.cardId)) throw badRequest('A decision names a card of another term.');
    if (
      decision.action === 'merge' &&
      (!byId.has(decision.into) || decision.into === decision.cardId)
    ) {
      throw badRequest('A card can be merged only into another card of the same term.');
    }
  }
  const stored = await loadDocument(db, termDocName(term.id));
  const oldDoc = new Y.Doc();
  applyStored(oldDoc, stored.parts);
  const oldEntries = readTermEntries(oldDoc);
  const oldPlans = readTermPlans(oldDoc);
  const newDoc = new Y.Doc();

  const created = await db.transaction(async (txDb) => {
    const tx = txDb as unknown as Db;
    const [closing] = await tx
      .update(terms)
      .set({ closedAt: new Date(), closedBy: actorId })
      .where(eq(terms.id, term.id))
      .returning();
    if (!closing) throw new Error('term close returned nothing');
    const [opened] = await tx
      .insert(terms)
      .values({ councilId: term.councilId, ...next })
      .returning();
    if (!opened) throw new Error('term insert returned nothing');
    const subIds = new Map<string, string>();
    for (const sub of await termSubcommittees(tx, term.id)) {
      const [copy] = await tx
        .insert(subcommittees)
        .values({
          councilId: sub.councilId,
          termId: opened.id,
          name: sub.name,
          purpose: sub.purpose,
          chairId: sub.chairId,
          memberIds: sub.memberIds,
        })
        .returning();
      if (copy) subIds.set(sub.id, copy.id);
    }
    const carriedIds = new Map<string, string>();
    for (const card of cards.filter(isOpen)) {
      const decision = decided.get(card.id) ?? { cardId: card.id, action: 'carry' as const };
      if (decision.action === 'done') {
        await tx.update(issueCards).set({ status: 'done' }).where(eq(issueCards.id, card.id));
        await recordCardEvent(tx, {
          cardId: card.id,
          kind: 'status',
          detail: { from: card.status, to: 'done' },
          reason: decision.reason,
          actorId,
        });
      } else if (decision.action === 'merge') {
        const into = byId.get(decision.into) as CardRow;
        await tx
          .update(issueCards)
          .set({ mergedIntoId: into.id })
          .where(eq(issueCards.id, card.id));
        await recordCardEvent(tx, {
          cardId: card.id,
          kind: 'merge',
          detail: { to: into.title },
          reason: decision.reason || null,
          actorId,
        });
      } else {
        const { id: _old, createdAt: _at, ...fields } = card;
        const [carried] = await tx
          .insert(issueCards)
          .values({
            ...fields,
            termId: opened.id,
            subcommitteeId: card.subcommitteeId ? (subIds.get(card.subcommitteeId) ?? null) : null,
            parentId: null,
            carriedFromId: card.id,
          })
          .returning();
        if (!carried) throw new Error('carry insert returned nothing');
        carriedIds.set(card.id, carried.id);
        await recordCardEvent(tx, {
          cardId: carried.id,
          kind: 'term',
          detail: { from: term.name, to: opened.name },
          actorId,
        });
      }
    }
    // Merged cards' entries go with the card they were merged into, so none is lost.
    const targetOf = (cardId: string): string | undefined => {
      const decision = decided.get(cardId);
      if (decision?.action === 'merge') return carriedIds.get(decision.into);
      return carriedIds.get(cardId);
    };
    let copied = 0;
    newDoc.transact(() => {
      const map = entriesOf(newDoc);
      for (const [cardId, columns] of oldEntries) {
        const target = targetOf(cardId);
        if (!target) continue;
        for (const list of Object.values(columns)) {
          for (const entry of list) {
            const copy = new Y.Map<unknown>();
            map.set(crypto.randomUUID(), copy);
            copy.set('cardId', target);
            copy.set('column', entry.column);
            copy.set('text', entry.text);
            copy.set('position', entry.position);
            copied += 1;
          }
        }
      }
      // Goals and evaluations go along too: the next term works toward the same goals.
      for (const [cardId, plan] of oldPlans) {
        const target = targetOf(cardId);
        if (!target) continue;
        for (const { id: _id, ...goal } of Object.values(plan.goals).flat()) {
          if (addCardGoal(newDoc, { ...goal, cardId: target }, null).ok) copied += 1;
        }
        for (const { id: _id, ...evaluation } of plan.evaluations) {
          if (addCardEvaluation(newDoc, { ...evaluation, cardId: target }, null).ok) copied += 1;
        }
      }
    });
    // Sub-items carried with their parent stay its sub-items.
    for (const card of cards) {
      const carried = carriedIds.get(card.id);
      const parent = card.parentId && carriedIds.get(card.parentId);
      if (carried && parent) {
        await tx.update(issueCards).set({ parentId: parent }).where(eq(issueCards.id, carried));
      }
    }
    if (copied > 0) {
      await appendUpdates(tx, [
        { docName: termDocName(opened.id), update: Y.encodeStateAsUpdate(newDoc) },
      ]);
    }
    return opened;
  });
  oldDoc.destroy();
  newDoc.destroy();
  return created;
}
