// A tie (つながり) between two agencies on the board. See DOMAIN.md.
import { z } from 'zod';
import { entryId, optionalText } from '../document/fieldSchemas';
import { TIE_KINDS } from '../domain';
import { rule } from '../issues/fieldIssue';

export const TIE_DIRECTIONS = ['oneWay', 'both'] as const;
export type TieDirection = (typeof TIE_DIRECTIONS)[number];

export const TIE_STRENGTH_MIN = 1;
export const TIE_STRENGTH_MAX = 3;

export const tieFieldsSchema = z.object({
  from: entryId,
  to: entryId,
  kind: z.enum(TIE_KINDS),
  direction: z.enum(TIE_DIRECTIONS).default('both'),
  strength: z.number().int().min(TIE_STRENGTH_MIN).max(TIE_STRENGTH_MAX).default(2),
  note: optionalText(500, { multiline: true }),
});

const notSelf = (tie: { from: string; to: string }) => tie.from !== tie.to;
const selfMessage = rule('sameEndpoints', {}, ['to']);

export const tieSchema = tieFieldsSchema.extend({ id: entryId }).refine(notSelf, selfMessage);
export type Tie = z.output<typeof tieSchema>;
export const tieInputSchema = tieFieldsSchema
  .extend({ id: entryId.optional() })
  .refine(notSelf, selfMessage);
export type TieInput = z.input<typeof tieInputSchema>;
