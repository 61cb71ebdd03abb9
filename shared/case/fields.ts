// Field schemas shared by the parts of a case document. No words: codes (shared/issues).
import { z } from 'zod';
import { rule } from '../issues/fieldIssue';
import { text } from '../issues/text';

/** A calendar date as YYYY-MM-DD that exists (no 2月30日). */
export const isoDate = () =>
  z
    .string()
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), { ...rule('date'), abort: true })
    .refine(isRealDate, rule('noSuchDate'));

export const optionalIsoDate = () =>
  z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(isoDate().optional())
    .optional();

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Names of people or agencies written by hand (attendees, who takes over). */
export const nameList = (maxItems: number) =>
  z
    .array(
      text()
        .trim()
        .refine((value) => value !== '', rule('emptyItem'))
        .max(120),
    )
    .max(maxItems);
