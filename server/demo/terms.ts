// Seeds the demo council's terms through the same code a person's actions run: cards are created
// and moved along their statuses with reasons (so each has a story), entries are written with
// shared/cards/termDocument.ts, and the previous term is closed by closeTerm with its carry-over
// review, so the lineage, the closed card and the merge are the real thing.
import { type CarryDecision, createCardBody } from '../../shared/cardApi';
import { addCardEvaluation, addCardGoal } from '../../shared/cards/planDocument';
import { addCardEntry, termDocName } from '../../shared/cards/termDocument';
import { CARD_COLUMNS, ISSUE_CARD_STATUSES } from '../../shared/domain';
import type { Result } from '../../shared/issues/fieldIssue';
import { changeCard, createCard } from '../cards/cardChanges';
import { closeTerm } from '../cards/closeTerm';
import { type CardRow, termCards, termSubcommittees } from '../cards/store';
import type { Db } from '../db/client';
import { subcommittees, terms } from '../db/schema';
import { storedDocuments } from '../realtime/storedDocuments';
import { writeDemoHubReview } from './hubReview';
import {
  DEMO_CURRENT_ENTRIES,
  DEMO_EVALUATIONS,
  DEMO_GOALS,
  DEMO_PREVIOUS_CARDS,
  DEMO_SUBCOMMITTEES,
  DEMO_TERMS,
  type DemoCard,
} from './issueCards';

const DEMO_ORIGIN = 'demo-seed';

// Why each step of the cycle was taken, as the story of a demo card tells it.
const STEP_REASONS: Record<string, string> = {
  discussed: '部会の協議事項にした',
  proposed: '全体会に提言した',
  reflected: '障害福祉計画の施策に書き込まれた',
};

const valid = (result: Result<unknown>) => {
  if (!result.ok) throw new Error(`invalid demo content: ${JSON.stringify(result.issues)}`);
};

/** Creates the demo card and walks it up the cycle to its status, a reason at each step. */
async function seedCard(
  db: Db,
  term: typeof terms.$inferSelect,
  card: DemoCard,
  ids: { subcommittee: Record<DemoCard['subcommittee'], string>; card: Map<string, CardRow> },
  actorId: string,
): Promise<CardRow> {
  const body = createCardBody.parse({
    subcommitteeId: ids.subcommittee[card.subcommittee],
    parentId: card.parent ? ids.card.get(card.parent)?.id : null,
    code: card.code,
    title: card.title,
    summary: card.summary,
    fields: card.fields,
    hubFunctions: card.hubFunctions,
  });
  let row = await createCard(db, term, body, actorId);
  for (const status of ISSUE_CARD_STATUSES.slice(1, ISSUE_CARD_STATUSES.indexOf(card.status) + 1)) {
    row = await changeCard(db, row, { status, reason: STEP_REASONS[status] ?? '' }, actorId);
  }
  return row;
}

/**
 * The previous term (closed: cards carried over, one closed with a reason, one merged) and the
 * current term, with the 相談支援ネットワーク部会's four-column table and the 地域生活支援拠点部会
 * holding the hub review.
 */
export async function seedDemoTerms(db: Db, councilId: string, actorId: string): Promise<void> {
  const [previous] = await db
    .insert(terms)
    .values({ councilId, ...DEMO_TERMS.previous })
    .returning();
  if (!previous) throw new Error('demo term insert returned nothing');
  const subs = await db
    .insert(subcommittees)
    .values(
      (['network', 'hub'] as const).map((key) => ({
        councilId,
        termId: previous.id,
        ...DEMO_SUBCOMMITTEES[key],
      })),
    )
    .returning({ id: subcommittees.id });
  const subcommittee = { network: subs[0]?.id ?? '', hub: subs[1]?.id ?? '' };
  const cards = new Map<string, CardRow>();
  for (const card of DEMO_PREVIOUS_CARDS) {
    cards.set(card.key, await seedCard(db, previous, card, { subcommittee, card: cards }, actorId));
  }
  const idOf = (key: string) => {
    const row = cards.get(key);
    if (!row) throw new Error(`no demo card ${key}`);
    return row.id;
  };
  const documents = storedDocuments(db);
  await documents.change(termDocName(previous.id), (doc) => {
    for (const card of DEMO_PREVIOUS_CARDS) {
      for (const column of CARD_COLUMNS) {
        for (const text of card.entries[column] ?? []) {
          valid(addCardEntry(doc, { cardId: idOf(card.key), column, text }, DEMO_ORIGIN));
        }
      }
    }
  });

  const current = await closeTerm(
    db,
    documents,
    previous,
    DEMO_TERMS.current,
    DEMO_PREVIOUS_CARDS.flatMap((card): CarryDecision[] => {
      const { close } = card;
      if (!close) return [];
      const cardId = idOf(card.key);
      return close.action === 'done'
        ? [{ cardId, ...close }]
        : [{ cardId, ...close, into: idOf(close.into) }];
    }),
    actorId,
  );
  const carried = new Map(
    (await termCards(db, current.id)).map((row) => [row.carriedFromId, row.id]),
  );
  const currentSubs = await termSubcommittees(db, current.id);
  const hub = currentSubs.find((sub) => sub.name === DEMO_SUBCOMMITTEES.hub.name);
  if (currentSubs.length !== 2 || !hub) {
    throw new Error('the demo 部会 were not carried into the current term');
  }
  const carriedId = (key: string) => {
    const cardId = carried.get(idOf(key));
    if (!cardId) throw new Error(`demo card ${key} was not carried over`);
    return cardId;
  };
  await documents.change(termDocName(current.id), (doc) => {
    for (const { key, ...entry } of DEMO_CURRENT_ENTRIES) {
      valid(addCardEntry(doc, { ...entry, cardId: carriedId(key) }, DEMO_ORIGIN));
    }
    for (const { key, ...goal } of DEMO_GOALS) {
      valid(addCardGoal(doc, { ...goal, cardId: carriedId(key) }, DEMO_ORIGIN));
    }
    for (const { key, ...evaluation } of DEMO_EVALUATIONS) {
      valid(addCardEvaluation(doc, { ...evaluation, cardId: carriedId(key) }, DEMO_ORIGIN));
    }
    writeDemoHubReview(doc, hub.id, DEMO_ORIGIN);
  });
}
