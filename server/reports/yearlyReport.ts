// The 年次報告 of a term, as data: every 部会 with its remit, people, the meetings that discussed
// its cards and the cards themselves; how many cards stand at each status; what the closes
// around the term carried over, closed or merged; and the hub review with who provides each
// function now. The print view and the DOCX are both made from this, like the 提言書.
import { HUB_FUNCTIONS, ISSUE_CARD_STATUSES } from '../../shared/domain';
import type { StatusCounts, YearlyReportView } from '../../shared/reports/reportApi';
import type { CardRow, TermRow } from '../cards/store';
import { termSubcommittees } from '../cards/store';
import type { Db } from '../db/client';
import type { Actor } from '../policies';
import type { DocumentHost } from '../realtime/realtimeServer';
import { meetingsOnCards } from './documentMeetings';
import { hubCoverage } from './hubCoverage';
import { councilName, displayNames, termDocumentCards } from './proposal';
import { reportCard, termCloses } from './termCloses';
import { readTermContent } from './termContent';

export function statusCounts(cards: readonly CardRow[]): StatusCounts {
  const counts = Object.fromEntries(ISSUE_CARD_STATUSES.map((status) => [status, 0]));
  for (const card of cards) counts[card.status] = (counts[card.status] ?? 0) + 1;
  return counts as StatusCounts;
}

export async function buildYearlyReport(
  db: Db,
  documents: Pick<DocumentHost, 'read'>,
  actor: Actor,
  term: TermRow,
  now = new Date(),
): Promise<YearlyReportView> {
  const [cards, subs, content, coverage, closes, council] = await Promise.all([
    termDocumentCards(db, term.id),
    termSubcommittees(db, term.id),
    readTermContent(documents, term),
    hubCoverage(db, documents, actor, term.councilId),
    termCloses(db, term),
    councilName(db, term.councilId),
  ]);
  const subcommittees = await Promise.all(
    subs.map(async (sub) => {
      const own = cards.filter((card) => card.subcommitteeId === sub.id);
      const [meetings, [chair], members] = await Promise.all([
        meetingsOnCards(
          db,
          actor,
          term,
          own.map((card) => card.id),
          now,
        ),
        displayNames(db, sub.chairId ? [sub.chairId] : []),
        displayNames(db, sub.memberIds),
      ]);
      return {
        id: sub.id,
        name: sub.name,
        purpose: sub.purpose,
        chair: chair ?? null,
        members,
        meetings,
        counts: statusCounts(own),
        cards: own.map(reportCard),
      };
    }),
  );
  const subIds = new Set(subs.map((sub) => sub.id));
  const { hubReview } = content;
  return {
    council,
    term: {
      id: term.id,
      councilId: term.councilId,
      name: term.name,
      startsOn: term.startsOn,
      endsOn: term.endsOn,
      closed: term.closedAt !== null,
    },
    counts: statusCounts(cards),
    subcommittees,
    unassigned: cards
      .filter((card) => !card.subcommitteeId || !subIds.has(card.subcommitteeId))
      .map(reportCard),
    closes,
    hub: {
      holder: subs.find((sub) => sub.id === hubReview.holder)?.name ?? null,
      functions: HUB_FUNCTIONS.map((hubFunction) => ({
        hubFunction,
        providers: [
          ...new Set(
            coverage.functions
              .find((fn) => fn.hubFunction === hubFunction)
              ?.providers.map((provider) => provider.name),
          ),
        ],
        cards: cards.filter((card) => card.hubFunctions.includes(hubFunction)).map(reportCard),
        years: [...hubReview.years].map(([fiscalYear, year]) => ({
          fiscalYear,
          ...year[hubFunction],
        })),
      })),
    },
    madeAt: now.toISOString(),
  };
}
