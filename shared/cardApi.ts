// HTTP shapes of council terms (期), subcommittees (部会) and region-issue cards (地域課題).
// The entries of a card's four columns are not here: they are the term's Yjs document
// (shared/cards/termDocument.ts).
import { z } from 'zod';
import { id } from './api';
import { FIELDS, HUB_FUNCTIONS, ISSUE_CARD_STATUSES } from './domain';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const termBody = z
  .object({ name: text(80), startsOn: isoDate, endsOn: isoDate })
  .refine((b) => b.startsOn <= b.endsOn, {
    message: 'The term must end after it starts',
    path: ['endsOn'],
  });
export type TermBody = z.infer<typeof termBody>;

export const termView = z.object({
  id,
  councilId: id,
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  closedAt: z.string().nullable(),
  current: z.boolean(),
  can: z.object({ edit: z.boolean(), manage: z.boolean() }),
});
export type TermView = z.infer<typeof termView>;

export const subcommitteeBody = z.object({
  name: text(80),
  purpose: optionalText(2000).default(''),
  chairId: id.nullable().default(null),
  memberIds: z.array(id).max(200).default([]),
});
export type SubcommitteeBody = z.input<typeof subcommitteeBody>;
export const updateSubcommitteeBody = subcommitteeBody.partial();

export const subcommitteeView = z.object({
  id,
  termId: id,
  name: z.string(),
  purpose: z.string(),
  chairId: id.nullable(),
  memberIds: z.array(id),
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
  summary: optionalText(2000),
  theme: optionalText(120),
  fields: z.array(z.enum(FIELDS)).max(FIELDS.length),
  hubFunctions: z.array(z.enum(HUB_FUNCTIONS)).max(HUB_FUNCTIONS.length),
};

export const createCardBody = z.object({
  subcommitteeId: id.nullable(),
  parentId: id.nullable().default(null),
  code: cardCode.default(''),
  title: cardFields.title,
  summary: cardFields.summary.default(''),
  theme: cardFields.theme.default(''),
  fields: cardFields.fields.default([]),
  hubFunctions: cardFields.hubFunctions.default([]),
});
export type CreateCardBody = z.input<typeof createCardBody>;

export const updateCardBody = z
  .object({
    code: cardFields.code.optional(),
    title: cardFields.title.optional(),
    summary: cardFields.summary.optional(),
    theme: cardFields.theme.optional(),
    fields: cardFields.fields.optional(),
    hubFunctions: cardFields.hubFunctions.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Nothing to update' });
export type UpdateCardBody = z.infer<typeof updateCardBody>;

export const cardView = z.object({
  id,
  termId: id,
  subcommitteeId: id.nullable(),
  parentId: id.nullable(),
  carriedFromId: id.nullable(),
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
