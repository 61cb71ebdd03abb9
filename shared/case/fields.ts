// Field schemas shared by the parts of a case document. Messages are Japanese: they are shown
// as-is next to the field they concern.
import { z } from 'zod';

/** A calendar date as YYYY-MM-DD that exists (no 2月30日). */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label}を入力してください` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}は YYYY-MM-DD の形で入力してください`)
    .refine(isRealDate, `${label}に存在しない日付が入っています`);

export const optionalIsoDate = (label: string) =>
  z
    .string({ error: `${label}は文字で入力してください` })
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(isoDate(label).optional())
    .optional();

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Names of people or agencies written by hand (attendees, who takes over). */
export const nameList = (label: string, maxItems: number) =>
  z
    .array(
      z
        .string({ error: `${label}は文字で入力してください` })
        .trim()
        .min(1, `空の${label}があります`)
        .max(120, `${label}は1つ120文字以内で入力してください`),
      { error: `${label}の形式が正しくありません` },
    )
    .max(maxItems, `${label}は${maxItems}件までです`);
