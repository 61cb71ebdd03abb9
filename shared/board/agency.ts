// An agency (事業所・機関) on the network board: what Japanese provider lists carry plus the
// council's own view of it (layer, hub functions, support needs). See DOMAIN.md.
import { z } from 'zod';
import {
  codeSet,
  entryId,
  optionalNumber,
  optionalText,
  requiredText,
  text,
} from '../document/fieldSchemas';
import { FIELDS, HUB_FUNCTIONS, LAYERS, SUPPORT_NEEDS } from '../domain';
import { rule } from '../issues/fieldIssue';
import { isKanaReading } from './text';

/** Who answers outside office hours: nobody, at night, on holidays, or both. */
export const NIGHT_HOLIDAY_RESPONSES = ['none', 'night', 'holiday', 'both'] as const;
export type NightHolidayResponse = (typeof NIGHT_HOLIDAY_RESPONSES)[number];

export const NAME_MAX = 120;
export const NOTES_MAX = 2000;
export const TAG_MAX = 40;
export const TAGS_MAX = 20;
export const HOURS_MAX = 500;
export const SERVICE_MAX = 60;
export const SERVICES_MAX = 40;

const phoneText = () =>
  optionalText(30, { nfkc: true }).refine(
    (value) => value === undefined || /^[0-9+()\-‐−\s]+$/u.test(value),
    rule('phone'),
  );
const digits = (max: number, pattern: RegExp) =>
  optionalText(max, { nfkc: true }).refine(
    (value) => value === undefined || pattern.test(value),
    rule('format'),
  );

const tag = text().trim().min(1).max(TAG_MAX);

const position = z.object({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof position>;

export const agencyFieldsSchema = z.object({
  name: requiredText(NAME_MAX),
  kana: optionalText(NAME_MAX, { nfkc: true }).refine(
    (value) => value === undefined || isKanaReading(value),
    rule('kana'),
  ),
  layer: z.enum(LAYERS),
  fields: codeSet(FIELDS).refine((values) => values.length > 0, rule('required')),
  hubFunctions: codeSet(HUB_FUNCTIONS).default([]),
  supportNeeds: codeSet(SUPPORT_NEEDS).default([]),
  hubRegistered: z.boolean().default(false),
  formal: z.boolean().default(true),
  area: optionalText(60),
  address: optionalText(200),
  phone: phoneText(),
  fax: phoneText(),
  url: optionalText(500).refine(
    (value) => value === undefined || /^https?:\/\/\S+$/u.test(value),
    rule('url'),
  ),
  hours: optionalText(HOURS_MAX),
  nightHolidayResponse: z.enum(NIGHT_HOLIDAY_RESPONSES).default('none'),
  notes: optionalText(NOTES_MAX, { multiline: true }),
  tags: z
    .array(tag)
    .max(TAGS_MAX)
    .transform((values) => [...new Set(values)])
    .default([]),
  providerNumber: optionalText(10, { nfkc: true }).refine(
    (value) => value === undefined || /^\d{10}$/.test(value),
    rule('providerNumber'),
  ),
  corporation: optionalText(NAME_MAX),
  corporateNumber: digits(13, /^\d{13}$/),
  medicalCode: digits(10, /^\d{7}(\d{3})?$/),
  /** The services the official list names for this place (one agency per provider). */
  services: z
    .array(text().trim().min(1).max(SERVICE_MAX))
    .max(SERVICES_MAX)
    .transform((values) => (values.length > 0 ? [...new Set(values)] : undefined))
    .optional(),
  /** What the official list says beside the fields (備考, 特記事項); re-imports replace it. */
  officialNotes: optionalText(NOTES_MAX, { multiline: true }),
  capacity: optionalNumber(0, 9999, { int: true }),
  lat: optionalNumber(-90, 90),
  lng: optionalNumber(-180, 180),
  source: optionalText(200),
  sourceDate: z.iso.date().optional(),
  /** Set when a re-import of the official list no longer listed it (marked, never deleted). */
  notListedSince: z.iso.date().optional(),
  /** Where the agency stands in its layer's lane (the default arrangement). */
  position: position.optional(),
  /** Where people put it in the free arrangement; kept apart so that lane places survive. */
  freePosition: position.optional(),
});

const bothOrNeitherCoordinate = (agency: { lat?: number; lng?: number }) =>
  (agency.lat === undefined) === (agency.lng === undefined);
const coordinateRule = rule('bothCoordinates', {}, ['lat']);

export const agencySchema = agencyFieldsSchema
  .extend({ id: entryId })
  .refine(bothOrNeitherCoordinate, coordinateRule);
export type Agency = z.output<typeof agencySchema>;
/** What a form or an import supplies; the id is generated when missing. */
export const agencyInputSchema = agencyFieldsSchema
  .extend({ id: entryId.optional() })
  .refine(bothOrNeitherCoordinate, coordinateRule);
export type AgencyInput = z.input<typeof agencyInputSchema>;

/** Whether the agency answers at night or on holidays. */
export function respondsOutOfHours(agency: Pick<Agency, 'nightHolidayResponse'>): boolean {
  return agency.nightHolidayResponse !== 'none';
}
