// The one text schema every text field of an input uses. Control characters are refused: NUL
// cannot be stored by PostgreSQL (a 500 before), and the others are invisible and break CSV,
// search and display. Multi-line fields keep line feeds and tabs (and a CR of a pasted CRLF).
import { z } from 'zod';
import './errorMap';
import { rule } from './fieldIssue';

// Cc: the C0 controls (NUL…), DEL and the C1 controls.
const SINGLE_LINE = /\p{Cc}/u;
const MULTI_LINE = /(?![\n\t\r])\p{Cc}/u;

export type TextOptions = { multiline?: boolean };

/** A string without control characters (line feeds and tabs allowed when multi-line). */
export function text({ multiline = false }: TextOptions = {}) {
  const refused = multiline ? MULTI_LINE : SINGLE_LINE;
  return z.string().refine((value) => !refused.test(value), rule('controlChars'));
}

/** Text the person must give: trimmed, 1..max characters. */
export const requiredText = (max: number, options?: TextOptions) =>
  text(options).trim().min(1).max(max);

/** Text that may be left empty: trimmed, at most max characters ('' stays ''). */
export const optionalText = (max: number, options?: TextOptions) => text(options).trim().max(max);

/** Whether a text holds a control character a text field refuses. */
export function hasControlCharacters(value: string, { multiline = false }: TextOptions = {}) {
  return (multiline ? MULTI_LINE : SINGLE_LINE).test(value);
}
