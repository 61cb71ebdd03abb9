// HTTP shapes of council terms (期), subcommittees (部会) and region-issue cards (地域課題).
// The entries of a card's four columns are not here: they are the term's Yjs document
// (shared/cards/termDocument.ts).
import { z } from 'zod';
import { id } from './api';
import { FIELDS, HUB_FUNCTIONS, ISSUE_CARD_STATUSES } from './domain';
import { rule } from './issues/fieldIssue';
import { optionalText, requiredText as text } from './issues/text';

const isoDate = z.iso.date();

export const termBody = z
  .object({ name: text(80), startsOn: isoDate, endsOn: isoDate })
  .refine((b) => b.startsOn <= b.endsOn, rule('endBeforeStart', {}, ['endsOn']));
export type TermBody = z.infer<typeof termBody>;

export const termView = z.object({
  id,
  councilId: id,
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  closedAt: z.string().nullable(),
  current: z.boolean(),
  can: z.object({ edit: z.boolean(), manage: z.boolean(), report: z.boolean() }),
});
export type TermView = z.infer<typeof termView>;

export const subcommitteeBody = z.object({
  name: text(80),
  purpose: optionalText(2000, { multiline: true }).default(''),
  chairId: id.nullable().default(null),
  memberIds: z.array(id).max(200).default([]),
});
export type SubcommitteeBody = z.input<typeof subcommitteeBody>;
export const updateSubcommitteeBody = subcommitteeBody.partial();

/** Someone named on a 部会 (its chair or a member), with the name to show. */
export const subcommitteePerson = z.object({ userId: id, displayName: z.string() });
export type SubcommitteePerson = z.infer<typeof subcommitteePerson>;

export const subcommitteeView = z.object({
  id,
  termId: id,
  name: z.string(),
  purpose: z.string(),
  chair: subcommitteePerson.nullable(),
  members: z.array(subcommitteePerson),
});
export type SubcommitteeView = z.infer<typeof subcommitteeView>;

export const cardCode = z
  .string()
  .trim()
  .max(12)
  .regex(/^[A-Za-zＡ-Ｚａ-ｚ0-9０-９.-]*$/, 'Code: letters and digits, as in A or B-a');
export const cardStatus = z.enum(ISSUE_CARD_STATUSES);

export const cardFields = {
  code: cardCode,
  title: text(120),
  summary: optionalText(2000, { multiline: true }),
  theme: optionalText(120),
  fields: z.array(z.enum(FIELDS)).max(FIELDS.length),
  hubFunctions: z.array(z.enum(HUB_FUNCTIONS)).max(HUB_FUNCTIONS.length),
};

export const createCardBody = z.object({
  subcommitteeId: id.nullable(),
  // 抽出: the card starts from an issue raised in a case space, keeping its anonymised text.
  raisedIssueId: id.nullable().default(null),
  parentId: id.nullable().default(null),
  code: cardCode.default(''),
  // Optional when extracting from a raised issue (its title is the default).
  title: cardFields.title.optional(),
  summary: cardFields.summary.default(''),
  theme: cardFields.theme.default(''),
  fields: cardFields.fields.default([]),
  hubFunctions: cardFields.hubFunctions.default([]),
});
export type CreateCardBody = z.input<typeof createCardBody>;
export type CreateCardInput = z.output<typeof createCardBody>;

/** Why a status, owner or parent changed; required to close (完了) or hold (保留) a card. */
export const changeReason = optionalText(500, { multiline: true });
const NEEDS_REASON = new Set(['done', 'onHold']);

export const updateCardBody = z
  .object({
    status: cardStatus.optional(),
    subcommitteeId: id.nullable().optional(),
    parentId: id.nullable().optional(),
    reason: changeReason.optional(),
    code: cardFields.code.optional(),
    title: cardFields.title.optional(),
    summary: cardFields.summary.optional(),
    theme: cardFields.theme.optional(),
    fields: cardFields.fields.optional(),
    hubFunctions: cardFields.hubFunctions.optional(),
  })
  .refine((b) => Object.keys(b).some((key) => key !== 'reason'), rule('nothingToUpdate'))
  .refine(
    (b) => !b.status || !NEEDS_REASON.has(b.status) || Boolean(b.reason),
    rule('reasonRequired', {}, ['reason']),
  );
export type UpdateCardBody = z.infer<typeof updateCardBody>;

export const cardView = z.object({
  id,
  termId: id,
  subcommitteeId: id.nullable(),
  parentId: id.nullable(),
  carriedFromId: id.nullable(),
  raisedIssueId: id.nullable(),
  code: z.string(),
  title: z.string(),
  summary: z.string(),
  theme: z.string(),
  fields: z.array(z.enum(FIELDS)),
  hubFunctions: z.array(z.enum(HUB_FUNCTIONS)),
  status: cardStatus,
  createdAt: z.string(),
});
export type CardView = z.infer<typeof cardView>;

/** Everything the cards pages of one term show: the term, its 部会 and its cards. */
export const termContentsView = z.object({
  term: termView,
  subcommittees: z.array(subcommitteeView),
  cards: z.array(cardView),
});
export type TermContentsView = z.infer<typeof termContentsView>;

/** 抽出 of an issue that already has a card: the card to open instead of a duplicate. */
export const duplicateCardView = z.object({
  error: z.string(),
  message: z.string(),
  cardId: id.optional(),
});

export const CARD_EVENT_KINDS = [
  'created',
  'status',
  'owner',
  'parent',
  'term',
  'merge',
  'link',
  'unlink',
  // Dots the card got in a meeting's vote.
  'vote',
  // An entry made of a meeting's note (or group of notes) by its facilitator.
  'fromNote',
  // An action item of a meeting's minutes, placed on the card when the meeting closed.
  'meetingAction',
] as const;
export type CardEventKind = (typeof CARD_EVENT_KINDS)[number];

/** One step of a card's story. `detail` holds what changed, as names (not ids) where it can. */
export const cardEventView = z.object({
  id: z.number(),
  cardId: id,
  termName: z.string(),
  kind: z.enum(CARD_EVENT_KINDS),
  detail: z.record(z.string(), z.string().nullable()),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type CardEventView = z.infer<typeof cardEventView>;

/** What happens to one open card when its term closes (引き継ぐ / 完了 / 統合). */
export const carryDecision = z.discriminatedUnion('action', [
  z.object({ cardId: id, action: z.literal('carry') }),
  z.object({ cardId: id, action: z.literal('done'), reason: text(500) }),
  z.object({
    cardId: id,
    action: z.literal('merge'),
    into: id,
    reason: optionalText(500, { multiline: true }).default(''),
  }),
]);
export type CarryDecision = z.infer<typeof carryDecision>;

/** Closing a term opens the next one; open cards not decided otherwise are carried over. */
export const closeTermBody = z.object({
  next: termBody,
  decisions: z.array(carryDecision).max(2000).default([]),
});
export type CloseTermBody = z.input<typeof closeTermBody>;

/** Cards still open when a term closes: not yet 評価, 完了 or merged. */
export const OPEN_STATUSES = ['raised', 'discussed', 'proposed', 'reflected', 'onHold'] as const;

/** A board as it was when a term closed (its name then). */
export const boardSnapshotView = z.object({ boardId: id, name: z.string(), takenAt: z.string() });
export type BoardSnapshotView = z.infer<typeof boardSnapshotView>;

/** …with its Yjs state (base64), to be read as a board that cannot change. */
export const boardSnapshotStateView = boardSnapshotView.extend({ state: z.base64() });
export type BoardSnapshotStateView = z.infer<typeof boardSnapshotStateView>;

/** An agency on one of the council's boards, offered to cite from a 今あるもの entry. */
export const citableAgencyView = z.object({
  boardId: id,
  boardName: z.string(),
  agencyId: z.string(),
  name: z.string(),
  kana: z.string(),
});
export type CitableAgencyView = z.infer<typeof citableAgencyView>;

/** A card with a 今あるもの entry citing an agency (the agency's 「挙げている地域課題」). */
export const citingCardView = z.object({
  id,
  code: z.string(),
  title: z.string(),
  status: cardStatus,
  termId: id,
  termName: z.string(),
});
export type CitingCardView = z.infer<typeof citingCardView>;
