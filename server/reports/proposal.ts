// The 提言書 of a 部会 for a term, as data: はじめに (from the 部会's remit), the state of its
// work (meetings held, members), then one numbered 協議事項 per card, its sub-items numbered under
// it. The print view and the DOCX are both made from this, so they say the same.
import { eq, inArray } from 'drizzle-orm';
import { GOAL_HORIZONS } from '../../shared/cards/cardPlan';
import { planOf } from '../../shared/cards/planDocument';
import { columnsOf } from '../../shared/cards/termDocument';
import { CARD_COLUMNS } from '../../shared/domain';
import type { ProposalItem, ProposalView } from '../../shared/reports/reportApi';
import { type CardRow, type SubcommitteeRow, type TermRow, termCards } from '../cards/store';
import type { Db } from '../db/client';
import { councils, users } from '../db/schema';
import type { Actor } from '../policies';
import type { DocumentHost } from '../realtime/realtimeServer';
import { meetingsOnCards } from './documentMeetings';
import { readTermContent, type TermContent } from './termContent';

/** Issues first, each followed by its sub-items; a sub-item whose parent is elsewhere stands alone. */
export function numberCards(
  cards: readonly CardRow[],
): { card: CardRow; number: number; parentNumber: number | null }[] {
  const ids = new Set(cards.map((card) => card.id));
  const isIssue = (card: CardRow) => !card.parentId || !ids.has(card.parentId);
  const numbered: { card: CardRow; number: number; parentNumber: number | null }[] = [];
  cards.filter(isIssue).forEach((issue, index) => {
    numbered.push({ card: issue, number: index + 1, parentNumber: null });
    cards
      .filter((card) => card.parentId === issue.id)
      .forEach((sub, subIndex) => {
        numbered.push({ card: sub, number: subIndex + 1, parentNumber: index + 1 });
      });
  });
  return numbered;
}

export function proposalItems(cards: readonly CardRow[], content: TermContent): ProposalItem[] {
  return numberCards(cards).map(({ card, number, parentNumber }) => {
    const columns = columnsOf(content.entries, card.id);
    const plan = planOf(content.plans, card.id);
    return {
      number,
      parentNumber,
      cardId: card.id,
      code: card.code,
      title: card.title,
      summary: card.summary,
      status: card.status,
      columns: Object.fromEntries(
        CARD_COLUMNS.map((column) => [column, columns[column].map((entry) => entry.text)]),
      ) as ProposalItem['columns'],
      goals: Object.fromEntries(
        GOAL_HORIZONS.map((horizon) => [
          horizon,
          plan.goals[horizon].map((goal) => ({
            text: goal.text,
            targetDate: goal.targetDate ?? null,
            progress: goal.progress,
          })),
        ]),
      ) as ProposalItem['goals'],
    };
  });
}

/** The names of users, in the order of their ids (missing ones left out). */
export async function displayNames(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, row.name]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function councilName(db: Db, councilId: string): Promise<string> {
  const [row] = await db
    .select({ name: councils.name })
    .from(councils)
    .where(eq(councils.id, councilId));
  return row?.name ?? '';
}

/** Cards of a term that stand in its documents: not merged into another. */
export async function termDocumentCards(db: Db, termId: string): Promise<CardRow[]> {
  return (await termCards(db, termId)).filter((card) => !card.mergedIntoId);
}

export async function buildProposal(
  db: Db,
  documents: Pick<DocumentHost, 'read'>,
  actor: Actor,
  term: TermRow,
  subcommittee: SubcommitteeRow,
  now = new Date(),
): Promise<ProposalView> {
  const cards = (await termDocumentCards(db, term.id)).filter(
    (card) => card.subcommitteeId === subcommittee.id,
  );
  const [content, meetings, [chair], members, council] = await Promise.all([
    readTermContent(documents, term),
    meetingsOnCards(
      db,
      actor,
      term,
      cards.map((card) => card.id),
      now,
    ),
    displayNames(db, subcommittee.chairId ? [subcommittee.chairId] : []),
    displayNames(db, subcommittee.memberIds),
    councilName(db, term.councilId),
  ]);
  return {
    council,
    term: { id: term.id, name: term.name, startsOn: term.startsOn, endsOn: term.endsOn },
    subcommittee: {
      id: subcommittee.id,
      name: subcommittee.name,
      purpose: subcommittee.purpose,
      chair: chair ?? null,
      members,
    },
    meetings,
    items: proposalItems(cards, content),
    madeAt: now.toISOString(),
  };
}
