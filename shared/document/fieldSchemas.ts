// Building blocks of the agency and tie schemas (and the case document's). They carry no words:
// the one error map (shared/issues) gives each problem a code, worded where it is read.
import { z } from 'zod';
import { requiredText, text, optionalText as trimmedText } from '../issues/text';

export { requiredText };

/** Board-local ids: uuids for new entries, readable slugs in the demo data. */
export const entryId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Optional text: trimmed, NFKC-normalised when asked, and empty means absent. */
export const optionalText = (max: number, { nfkc = false, multiline = false } = {}) =>
  trimmedText(max, { multiline })
    .transform((value) => (value === '' ? undefined : nfkc ? value.normalize('NFKC') : value))
    .optional();

/** A set of codes from a fixed list, kept in the list's order without repeats. */
export const codeSet = <const T extends readonly [string, ...string[]]>(codes: T) =>
  z
    .array(z.enum(codes))
    .max(codes.length * 4)
    .transform((values) => codes.filter((code) => values.includes(code)) as T[number][]);

export const optionalNumber = (min: number, max: number, { int = false } = {}) =>
  (int ? z.number().int() : z.number()).min(min).max(max).optional();

export { text };
