// HTTP shapes of what the council reports: who provides each hub function (read from the boards
// when asked, never stored), the 提言書 of a 部会 and the 年次報告 of a term. The editable parts
// of the hub review are the term's Yjs document (shared/reports/hubReview.ts).
import { z } from 'zod';
import { id } from '../api';
import { GOAL_HORIZONS } from '../cards/cardPlan';
import {
  CARD_COLUMNS,
  HUB_FUNCTIONS,
  ISSUE_CARD_STATUSES,
  LAYERS,
  MEETING_KINDS,
  SUPPORT_NEEDS,
} from '../domain';
import { HUB_RATINGS } from './hubReview';

export const hubProvider = z.object({
  boardId: id,
  boardName: z.string(),
  agencyId: z.string(),
  name: z.string(),
  layer: z.enum(LAYERS),
});
export type HubProvider = z.infer<typeof hubProvider>;

/** One hub function: the agencies providing it and the support needs it leaves empty or thin. */
export const hubFunctionCoverage = z.object({
  hubFunction: z.enum(HUB_FUNCTIONS),
  providers: z.array(hubProvider),
  gaps: z.array(z.object({ need: z.enum(SUPPORT_NEEDS), level: z.enum(['empty', 'thin']) })),
});
export type HubFunctionCoverage = z.infer<typeof hubFunctionCoverage>;

export const hubCoverageView = z.object({
  /** The boards read, by name: where the providers come from. */
  boards: z.array(z.object({ id, name: z.string() })),
  functions: z.array(hubFunctionCoverage),
});
export type HubCoverageView = z.infer<typeof hubCoverageView>;

const goalView = z.object({
  text: z.string(),
  targetDate: z.string().nullable(),
  progress: z.number(),
});

/** One 協議事項 of a 提言書: a card, its four columns, its 提言 and its goals by horizon. */
export const proposalItem = z.object({
  /** 1, 2, … for issues; 1, 2, … again under their parent for sub-items. */
  number: z.number().int(),
  /** The parent's number for a sub-item, null for an issue. */
  parentNumber: z.number().int().nullable(),
  cardId: id,
  code: z.string(),
  title: z.string(),
  summary: z.string(),
  status: z.enum(ISSUE_CARD_STATUSES),
  columns: z.record(z.enum(CARD_COLUMNS), z.array(z.string())),
  goals: z.record(z.enum(GOAL_HORIZONS), z.array(goalView)),
});
export type ProposalItem = z.infer<typeof proposalItem>;

export const documentMeeting = z.object({
  id,
  title: z.string(),
  kind: z.enum(MEETING_KINDS),
  startsAt: z.string(),
  place: z.string(),
});

/** The 提言書 of a 部会 for a term, as both its print view and its DOCX are made from it. */
export const proposalView = z.object({
  council: z.string(),
  term: z.object({ id, name: z.string(), startsOn: z.string(), endsOn: z.string() }),
  subcommittee: z.object({
    id,
    name: z.string(),
    purpose: z.string(),
    chair: z.string().nullable(),
    members: z.array(z.string()),
  }),
  /** Meetings held that discussed the 部会's cards (in their agenda or linked to them). */
  meetings: z.array(documentMeeting),
  items: z.array(proposalItem),
  /** When the document was made (ISO instant). */
  madeAt: z.string(),
});
export type ProposalView = z.infer<typeof proposalView>;

/** A card as a line of the 年次報告: its code, title and status. */
export const reportCard = z.object({
  id,
  code: z.string(),
  title: z.string(),
  status: z.enum(ISSUE_CARD_STATUSES),
});
export type ReportCard = z.infer<typeof reportCard>;

/** How many cards stand at each status (every status present, 0 included). */
export const statusCounts = z.record(z.enum(ISSUE_CARD_STATUSES), z.number().int());
export type StatusCounts = z.infer<typeof statusCounts>;

/** What one term's close decided: cards carried into the next, closed with a reason, merged. */
export const termCloseView = z.object({
  from: z.string(),
  /** The term the carried cards went into; null if none of its cards was carried anywhere. */
  into: z.string().nullable(),
  carried: z.array(reportCard),
  closed: z.array(reportCard.extend({ reason: z.string().nullable() })),
  merged: z.array(reportCard.extend({ into: z.string(), reason: z.string().nullable() })),
});
export type TermCloseView = z.infer<typeof termCloseView>;

const hubYearView = z.object({
  fiscalYear: z.number().int(),
  goalShort: z.string(),
  goalMid: z.string(),
  goalLong: z.string(),
  done: z.string(),
  rating: z.enum(HUB_RATINGS),
  comment: z.string(),
});

/** The 年次報告 of a term: every 部会 with its meetings and cards, the counts, carry-over, hub review. */
export const yearlyReportView = z.object({
  council: z.string(),
  term: z.object({
    id,
    councilId: id,
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    closed: z.boolean(),
  }),
  counts: statusCounts,
  subcommittees: z.array(
    z.object({
      id,
      name: z.string(),
      purpose: z.string(),
      chair: z.string().nullable(),
      members: z.array(z.string()),
      meetings: z.array(documentMeeting),
      counts: statusCounts,
      cards: z.array(reportCard),
    }),
  ),
  /** Cards of the term no 部会 owns. */
  unassigned: z.array(reportCard),
  /** The close that opened this term (cards carried in), then this term's own close if closed. */
  closes: z.array(termCloseView),
  hub: z.object({
    holder: z.string().nullable(),
    functions: z.array(
      z.object({
        hubFunction: z.enum(HUB_FUNCTIONS),
        providers: z.array(z.string()),
        cards: z.array(reportCard),
        years: z.array(hubYearView),
      }),
    ),
  }),
  madeAt: z.string(),
});
export type YearlyReportView = z.infer<typeof yearlyReportView>;

/** The language the document is written in (the UI language; Accept-Language otherwise). */
export const documentQuery = z.object({ lang: z.enum(['ja', 'en']).optional() });
