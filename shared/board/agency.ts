// An agency (事業所・機関) on the network board: what Japanese provider lists carry plus the
// council's own view of it (layer, hub functions, support needs). See DOMAIN.md.
import { z } from 'zod';
import { FIELDS, HUB_FUNCTIONS, LAYERS, SUPPORT_NEEDS } from '../domain';
import { codeSet, entryId, optionalNumber, optionalText, requiredText } from './fieldSchemas';
import { isKanaReading } from './text';

/** Who answers outside office hours: nobody, at night, on holidays, or both. */
export const NIGHT_HOLIDAY_RESPONSES = ['none', 'night', 'holiday', 'both'] as const;
export type NightHolidayResponse = (typeof NIGHT_HOLIDAY_RESPONSES)[number];

export const NAME_MAX = 120;
export const NOTES_MAX = 2000;
export const TAG_MAX = 40;
export const TAGS_MAX = 20;

const tag = z
  .string({ error: 'タグは文字で入力してください' })
  .trim()
  .min(1, '空のタグがあります')
  .max(TAG_MAX, `タグは1つ${TAG_MAX}文字以内で入力してください`);

const position = z.object(
  {
    x: z.number({ error: '位置が正しくありません' }),
    y: z.number({ error: '位置が正しくありません' }),
  },
  { error: '位置が正しくありません' },
);
export type Position = z.infer<typeof position>;

export const agencyFieldsSchema = z.object({
  name: requiredText('事業所名', NAME_MAX),
  kana: optionalText('よみがな', NAME_MAX, { nfkc: true }).refine(
    (value) => value === undefined || isKanaReading(value),
    'よみがなはひらがなかカタカナで入力してください',
  ),
  layer: z.enum(LAYERS, {
    error:
      '層は Ⅰ実施主体・Ⅱ中核機関・Ⅲ登録事業所・Ⅳ連携協力機関・Ⅴ地域住民等 のどれかを選んでください',
  }),
  fields: codeSet(FIELDS, '分野').refine(
    (values) => values.length > 0,
    '分野を1つ以上選んでください',
  ),
  hubFunctions: codeSet(HUB_FUNCTIONS, '拠点機能').default([]),
  supportNeeds: codeSet(SUPPORT_NEEDS, '対応する障害種別・ニーズ').default([]),
  hubRegistered: z
    .boolean({ error: '拠点登録は「はい」か「いいえ」で答えてください' })
    .default(false),
  formal: z.boolean({ error: 'フォーマル／インフォーマルの指定が正しくありません' }).default(true),
  area: optionalText('地区', 60),
  address: optionalText('住所', 200),
  phone: optionalText('電話番号', 30, { nfkc: true }).refine(
    (value) => value === undefined || /^[0-9+()\-‐−\s]+$/u.test(value),
    '電話番号は数字とハイフンで入力してください',
  ),
  hours: optionalText('営業日・時間', 200),
  nightHolidayResponse: z
    .enum(NIGHT_HOLIDAY_RESPONSES, {
      error: '夜間・休日対応は「なし・夜間・休日・夜間と休日」から選んでください',
    })
    .default('none'),
  notes: optionalText('メモ', NOTES_MAX),
  tags: z
    .array(tag, { error: 'タグの形式が正しくありません' })
    .max(TAGS_MAX, `タグは${TAGS_MAX}個までです`)
    .transform((values) => [...new Set(values)])
    .default([]),
  providerNumber: optionalText('事業所番号', 10, { nfkc: true }).refine(
    (value) => value === undefined || /^\d{10}$/.test(value),
    '事業所番号は10桁の数字で入力してください',
  ),
  corporation: optionalText('法人名', NAME_MAX),
  capacity: optionalNumber('定員', 0, 9999, { int: true }),
  lat: optionalNumber('緯度', -90, 90),
  lng: optionalNumber('経度', -180, 180),
  source: optionalText('出典', 200),
  sourceDate: z.iso.date({ error: '出典の日付は 2024-04-01 の形で入力してください' }).optional(),
  /** Where the agency stands in its layer's lane (the default arrangement). */
  position: position.optional(),
  /** Where people put it in the free arrangement; kept apart so that lane places survive. */
  freePosition: position.optional(),
});

const bothOrNeitherCoordinate = (agency: { lat?: number; lng?: number }) =>
  (agency.lat === undefined) === (agency.lng === undefined);
const coordinateMessage = { message: '緯度と経度は両方とも入力してください', path: ['lat'] };

export const agencySchema = agencyFieldsSchema
  .extend({ id: entryId })
  .refine(bothOrNeitherCoordinate, coordinateMessage);
export type Agency = z.output<typeof agencySchema>;
/** What a form or an import supplies; the id is generated when missing. */
export const agencyInputSchema = agencyFieldsSchema
  .extend({ id: entryId.optional() })
  .refine(bothOrNeitherCoordinate, coordinateMessage);
export type AgencyInput = z.input<typeof agencyInputSchema>;

/** The agency's own keys, in display order (CSV columns, list view). */
export const AGENCY_KEYS = Object.keys(agencyFieldsSchema.shape) as (keyof Agency)[];

/** Whether the agency answers at night or on holidays. */
export function respondsOutOfHours(agency: Pick<Agency, 'nightHolidayResponse'>): boolean {
  return agency.nightHolidayResponse !== 'none';
}
