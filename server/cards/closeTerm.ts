import { eq } from 'drizzle-orm';
import { type CarryDecision, OPEN_STATUSES, type TermBody } from '../../shared/cardApi';
import { addCardEvaluation, addCardGoal, readTermPlans } from '../../shared/cards/planDocument';
import { entriesOf, readTermEntries, termDocName } from '../../shared/cards/termDocument';
import { insertEntry, newEntryId } from '../../shared/document/entries';
import type { Db } from '../db/client';
import { issueCards, subcommittees, terms } from '../db/schema';
import { badRequest } from '../http/errors';
import type { DocumentEditor } from '../realtime/storedDocuments';
import { freezeBoards, keepBoardSnapshots } from './boardSnapshots';
import { type CardRow, recordCardEvent, type TermRow, termCards, termSubcommittees } from './store';

const isOpen = (card: CardRow) =>
  !card.mergedIntoId && (OPEN_STATUSES as readonly string[]).includes(card.status);

/**
 * Closes a term and opens the next. Each open card is carried over (the default), closed as 完了
 * with a reason, or merged into another card of the term; carried cards keep `carriedFromId`,
 * their 部会 (by name), their four columns' entries, goals and evaluations. The closed term stays as it was,
 * read-only, with its council's boards frozen as they were at the close (boardSnapshots.ts).
 * Returns the new term.
 *
 * Once the rows are committed the closed term's open tables are made read-only, and only then
 * are its entries read from the live document: an edit either landed before that (stored in the
 * closed term and carried) or was refused (the editor is told, see docs/realtime.md). The
 * entries reach the new term's document through `documents.change`, like any server-side edit,
 * so someone who opened it already sees them arrive.
 */
export async function closeTerm(
  db: Db,
  documents: DocumentEditor,
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
  const frozen = await freezeBoards(db, documents, term.councilId);
  const { opened, carriedIds } = await db.transaction(async (txDb) => {
    const tx = txDb as unknown as Db;
    const [closing] = await tx
      .update(terms)
      .set({ closedAt: new Date(), closedBy: actorId })
      .where(eq(terms.id, term.id))
      .returning();
    if (!closing) throw new Error('term close returned nothing');
    await keepBoardSnapshots(tx, term.id, frozen);
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
    // Sub-items carried with their parent stay its sub-items.
    for (const card of cards) {
      const carried = carriedIds.get(card.id);
      const parent = card.parentId && carriedIds.get(card.parentId);
      if (carried && parent) {
        await tx.update(issueCards).set({ parentId: parent }).where(eq(issueCards.id, carried));
      }
    }
    return { opened, carriedIds };
  });

  const closedDoc = termDocName(term.id);
  await documents.recheckAccess(closedDoc);
  const { entries, plans } = await documents.read(closedDoc, (doc) => ({
    entries: readTermEntries(doc),
    plans: readTermPlans(doc),
  }));
  // Merged cards' entries go with the card they were merged into, so none is lost.
  const targetOf = (cardId: string): string | undefined => {
    const decision = decided.get(cardId);
    if (decision?.action === 'merge') return carriedIds.get(decision.into);
    return carriedIds.get(cardId);
  };
  await documents.change(termDocName(opened.id), (newDoc) => {
    const map = entriesOf(newDoc);
    for (const [cardId, columns] of entries) {
      const target = targetOf(cardId);
      if (!target) continue;
      for (const { id: _id, ...entry } of Object.values(columns).flat()) {
        insertEntry(map, newEntryId(), { ...entry, cardId: target });
      }
    }
    // Goals and evaluations go along too: the next term works toward the same goals.
    for (const [cardId, plan] of plans) {
      const target = targetOf(cardId);
      if (!target) continue;
      for (const { id: _id, ...goal } of Object.values(plan.goals).flat()) {
        addCardGoal(newDoc, { ...goal, cardId: target }, null);
      }
      for (const { id: _id, ...evaluation } of plan.evaluations) {
        addCardEvaluation(newDoc, { ...evaluation, cardId: target }, null);
      }
    }
  });
  return opened;
}
