// A tie (つながり) between two agencies on the board. See DOMAIN.md.
import { z } from 'zod';
import { TIE_KINDS } from '../domain';
import { entryId, optionalText } from './fieldSchemas';

export const TIE_DIRECTIONS = ['oneWay', 'both'] as const;
export type TieDirection = (typeof TIE_DIRECTIONS)[number];

export const TIE_STRENGTH_MIN = 1;
export const TIE_STRENGTH_MAX = 3;

const endpoint = (message: string) =>
  z.string({ error: message }).regex(/^[A-Za-z0-9_-]{1,64}$/, message);

export const tieFieldsSchema = z.object({
  from: endpoint('つなぐ元の事業所を選んでください'),
  to: endpoint('つなぐ先の事業所を選んでください'),
  kind: z.enum(TIE_KINDS, {
    error:
      'つながりの種類は 紹介・連携・相談・委託契約・緊急時バックアップ・情報共有 から選んでください',
  }),
  direction: z
    .enum(TIE_DIRECTIONS, { error: '向きは「一方向」か「双方向」を選んでください' })
    .default('both'),
  strength: z
    .number({ error: 'つながりの強さは1〜3で入力してください' })
    .int('つながりの強さは1〜3で入力してください')
    .min(TIE_STRENGTH_MIN, 'つながりの強さは1〜3で入力してください')
    .max(TIE_STRENGTH_MAX, 'つながりの強さは1〜3で入力してください')
    .default(2),
  note: optionalText('メモ', 500),
});

const notSelf = (tie: { from: string; to: string }) => tie.from !== tie.to;
const selfMessage = { message: '同じ事業所どうしはつなげられません', path: ['to'] };

export const tieSchema = tieFieldsSchema.extend({ id: entryId }).refine(notSelf, selfMessage);
export type Tie = z.output<typeof tieSchema>;
export const tieInputSchema = tieFieldsSchema
  .extend({ id: entryId.optional() })
  .refine(notSelf, selfMessage);
export type TieInput = z.input<typeof tieInputSchema>;

export const TIE_KEYS = Object.keys(tieFieldsSchema.shape) as (keyof Tie)[];
