// What official provider lists get wrong in ways that can be put right safely. Each fix is named
// (a NormaliseKind) so that the preview can say what was changed and in how many rows.
import { isKanaReading } from '../text';

export const NORMALISE_KINDS = [
  'voicedMark', // う゛ → ゔ (a separate voiced mark in a reading)
  'fullWidth', // full-width digits in a number, code or phone
  'phoneRemark', // 「（代表）」 and other words beside a phone number, moved to the notes
  'questionReading', // a reading with 「?」 from the source: left out
  'badReading', // a reading that is not kana: left out
  'notUrl', // the URL column holds something else (a mail address): moved to the notes
  'zeroCoordinates', // 0/0 is not a place: left out
  'zeroCapacity', // 介護 定員 0 means 未記入: left out
  'paddedNumber', // a code that lost its leading zero in a spreadsheet, padded back
] as const;
export type NormaliseKind = (typeof NORMALISE_KINDS)[number];

export type Normalised<T> = { value: T | undefined; kind?: NormaliseKind; remark?: string };

const hasFullWidthDigits = (text: string) => /[０-９]/u.test(text);

/** Puts a separate voiced or semi-voiced mark (゛ ゜) onto the kana before it (ﾞ is NFKC's). */
export function joinVoicedMarks(text: string): string {
  return text
    .replace(/\u309B/gu, '\u3099')
    .replace(/\u309C/gu, '\u309A')
    .normalize('NFC');
}

/** A reading as the schema accepts it, or left out (with why) when it cannot be one. */
export function readReading(cell: string): Normalised<string> {
  const text = cell.trim();
  if (text === '') return { value: undefined };
  if (/[?？]/u.test(text)) return { value: undefined, kind: 'questionReading' };
  const joined = joinVoicedMarks(text);
  // NFKC would split ゛ into a space and a combining mark, so it runs after joining.
  const reading = joined.normalize('NFKC');
  if (!isKanaReading(reading)) return { value: undefined, kind: 'badReading' };
  return /[\u309B\u309C]/u.test(text) ? { value: reading, kind: 'voicedMark' } : { value: reading };
}

const PHONE_NUMBER = /\+?\d[\d\-‐−－ー()（）\s]*\d/u;

/** The first phone number in a cell; words beside it (「代表」, a second number) as a remark. */
export function readPhone(cell: string): Normalised<string> {
  const text = cell.trim();
  if (text === '') return { value: undefined };
  const folded = text.normalize('NFKC');
  const match = folded.match(PHONE_NUMBER);
  if (!match) return { value: text };
  const number = match[0].replace(/[ー－]/gu, '-').trim();
  const rest = (folded.slice(0, match.index) + folded.slice((match.index ?? 0) + match[0].length))
    .replace(/^[\s()（）、,:：]+|[\s()（）、,:：]+$/gu, '')
    .trim();
  if (rest !== '') return { value: number, kind: 'phoneRemark', remark: rest };
  return hasFullWidthDigits(text) ? { value: number, kind: 'fullWidth' } : { value: number };
}

/** A web address, with 「www.」 given its scheme; anything else goes to the notes. */
export function readUrl(cell: string): Normalised<string> {
  const text = cell.trim().normalize('NFKC');
  if (text === '') return { value: undefined };
  if (/^https?:\/\/\S+$/iu.test(text)) return { value: text };
  if (/^www\.\S+$/iu.test(text)) return { value: `https://${text}` };
  return { value: undefined, kind: 'notUrl', remark: text };
}

/**
 * A code of `length` digits. A spreadsheet re-save turns 0123456789 into 123456789: with `pad`
 * such a code gets its zero back, without it the row is reported (the caller decides).
 */
export function readCode(cell: string, length: number, pad: boolean): Normalised<string> {
  const text = cell.trim();
  if (text === '') return { value: undefined };
  const digits = text.normalize('NFKC');
  if (pad && /^\d+$/.test(digits) && digits.length === length - 1) {
    return { value: `0${digits}`, kind: 'paddedNumber' };
  }
  return hasFullWidthDigits(text) ? { value: digits, kind: 'fullWidth' } : { value: digits };
}

/** Whether a code looks like one that lost its leading zero. */
export const lostLeadingZero = (cell: string, length: number): boolean =>
  new RegExp(`^\\d{${length - 1}}$`).test(cell.trim().normalize('NFKC'));

/** A number cell ("1,234", "２０"); text that is no number is passed on for the schema to name. */
export function readNumber(cell: string): Normalised<number | string> {
  const text = cell.trim();
  if (text === '') return { value: undefined };
  const folded = text.normalize('NFKC').replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(folded)) return { value: text };
  return hasFullWidthDigits(text)
    ? { value: Number(folded), kind: 'fullWidth' }
    : { value: Number(folded) };
}
