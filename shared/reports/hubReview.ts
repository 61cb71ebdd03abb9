// The yearly review of the 地域生活支援拠点 (hub review) a term holds: for each fiscal year of the
// term and each of the five hub functions, the goals by horizon, what was done, a rating and the
// council's comment. It lives in the term's cards document `cards:<termId>` beside the four
// columns, so it is co-edited live, checked by the realtime server and read-only once the term
// closes, like the cards. Which agencies provide a function is not stored here: it is read from
// the boards whenever the review is shown (server/reports/hubProviders.ts).
//
// Layout: Y.Map 'hubReview', one flat key per field, each a string:
//   '<fiscal year>.<hub function>.<field>' → text or rating, e.g. '2025.emergency.rating'
//   'holder' → the id of the 部会 that holds the review
// Flat keys, so two people filling in the same function at once never create the same nested
// map (one would replace the other): each field is its own last-writer-wins value. An empty text
// is the key's absence. No words here: problems are codes (shared/issues).
import type * as Y from 'yjs';
import { z } from 'zod';
import { type DocumentPart, entryProblems } from '../documentGuard';
import { HUB_FUNCTIONS, type HubFunction } from '../domain';
import { failure, parseWith, type Result } from '../issues/fieldIssue';
import { optionalText } from '../issues/text';

/** The rating scale: 達成 / 一部達成 / 未達成 / 未評価 (the default until someone rates). */
export const HUB_RATINGS = ['achieved', 'partly', 'notAchieved', 'notRated'] as const;
export type HubRating = (typeof HUB_RATINGS)[number];

export const HUB_TEXT_FIELDS = ['goalShort', 'goalMid', 'goalLong', 'done', 'comment'] as const;
export type HubTextField = (typeof HUB_TEXT_FIELDS)[number];
export type HubField = HubTextField | 'rating';

export const HUB_TEXT_MAX = 2000;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2199;

const fieldSchemas: Record<HubField, z.ZodType<string>> = {
  goalShort: optionalText(HUB_TEXT_MAX, { multiline: true }),
  goalMid: optionalText(HUB_TEXT_MAX, { multiline: true }),
  goalLong: optionalText(HUB_TEXT_MAX, { multiline: true }),
  done: optionalText(HUB_TEXT_MAX, { multiline: true }),
  comment: optionalText(HUB_TEXT_MAX, { multiline: true }),
  rating: z.enum(HUB_RATINGS),
};

export type HubFunctionReview = Record<HubTextField, string> & { rating: HubRating };
export type HubYearReview = Record<HubFunction, HubFunctionReview>;
export type HubReview = {
  /** The 部会 that holds the review, if one was named. */
  holder: string | null;
  /** Each fiscal year asked for, every function filled in (empty texts, 未評価). */
  years: Map<number, HubYearReview>;
};

export const hubReviewOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('hubReview');

const HOLDER = 'holder';

/** The fiscal year (年度, April to March) a date falls in: 2026-03-31 is 2025. */
export function fiscalYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** Every fiscal year a term spans, in order: 2025-04-01..2027-03-31 is [2025, 2026]. */
export function fiscalYearsOf(term: { startsOn: string; endsOn: string }): number[] {
  const first = fiscalYearOf(term.startsOn);
  const last = Math.max(first, fiscalYearOf(term.endsOn));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export const hubKey = (fiscalYear: number, hubFunction: HubFunction, field: HubField): string =>
  `${fiscalYear}.${hubFunction}.${field}`;

const KEY = /^(\d{4})\.([A-Za-z]+)\.([A-Za-z]+)$/;

type ParsedKey = { fiscalYear: number; hubFunction: HubFunction; field: HubField };

function parseKey(key: string): ParsedKey | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const fiscalYear = Number(match[1]);
  const hubFunction = match[2] as HubFunction;
  const field = match[3] as HubField;
  if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) return null;
  if (!HUB_FUNCTIONS.includes(hubFunction) || !(field in fieldSchemas)) return null;
  return { fiscalYear, hubFunction, field };
}

/** One stored value checked on its own: a known key and a value its field accepts. */
export function readHubValue(key: string, value: unknown): Result<string> {
  if (key === HOLDER) return parseWith(z.string().uuid(), value);
  const parsed = parseKey(key);
  if (!parsed) return failure(key, 'unknownData');
  const read = parseWith(fieldSchemas[parsed.field], value);
  // Empty text is stored as no key at all.
  if (read.ok && read.value === '') return failure(key, 'required');
  return read;
}

const emptyFunction = (): HubFunctionReview => ({
  goalShort: '',
  goalMid: '',
  goalLong: '',
  done: '',
  comment: '',
  rating: 'notRated',
});

const emptyYear = (): HubYearReview =>
  Object.fromEntries(HUB_FUNCTIONS.map((fn) => [fn, emptyFunction()])) as HubYearReview;

/** The review of the given fiscal years; values a reader cannot use are skipped. */
export function readHubReview(doc: Y.Doc, fiscalYears: readonly number[]): HubReview {
  const map = hubReviewOf(doc);
  const years = new Map(fiscalYears.map((year) => [year, emptyYear()]));
  for (const [key, value] of map) {
    const parsed = parseKey(key);
    const year = parsed && years.get(parsed.fiscalYear);
    if (!parsed || !year || !readHubValue(key, value).ok) continue;
    (year[parsed.hubFunction] as Record<HubField, string>)[parsed.field] = value as string;
  }
  const holder = map.get(HOLDER);
  return { holder: typeof holder === 'string' ? holder : null, years };
}

/** Writes one field; empty text (or 未評価) removes the key. */
export function setHubField(
  doc: Y.Doc,
  at: { fiscalYear: number; hubFunction: HubFunction; field: HubField },
  value: string,
  origin: unknown,
): Result<string> {
  const key = hubKey(at.fiscalYear, at.hubFunction, at.field);
  if (!parseKey(key)) return failure('', 'invalid');
  const parsed = parseWith(fieldSchemas[at.field], value);
  if (!parsed.ok) return parsed;
  const map = hubReviewOf(doc);
  const cleared = parsed.value === '' || parsed.value === 'notRated';
  doc.transact(() => {
    if (cleared) map.delete(key);
    else map.set(key, parsed.value);
  }, origin);
  return parsed;
}

/** Names the 部会 that holds the review (null: none). */
export function setHubHolder(doc: Y.Doc, subcommitteeId: string | null, origin: unknown): void {
  const map = hubReviewOf(doc);
  doc.transact(() => {
    if (subcommitteeId === null) map.delete(HOLDER);
    else map.set(HOLDER, subcommitteeId);
  }, origin);
}

/** What the realtime server checks in an update to the review (shared/documentGuard.ts). */
export const hubReviewPart: DocumentPart = {
  root: 'hubReview',
  check: (map, keys) => entryProblems(map, keys, 'hubReview', readHubValue),
};

/** How many values the review holds (counted against the term document's limit). */
export const hubReviewSize = (doc: Y.Doc): number => hubReviewOf(doc).size;
