// Building blocks of the agency and tie schemas. Messages are Japanese: they are shown as-is
// to the council's members next to the field they concern.
import { z } from 'zod';

/** Board-local ids: uuids for new entries, readable slugs in the demo data. */
export const entryId = z
  .string({ error: 'IDがありません' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'IDは英数字・ハイフン・下線の64文字以内です');

/** Required text, trimmed. */
export const requiredText = (label: string, max: number) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `${label}を入力してください`
          : `${label}は文字で入力してください`,
    })
    .trim()
    .min(1, `${label}を入力してください`)
    .max(max, `${label}は${max}文字以内で入力してください`);

/** Optional text: trimmed, NFKC-normalised when asked, and empty means absent. */
export const optionalText = (label: string, max: number, { nfkc = false } = {}) =>
  z
    .string({ error: `${label}は文字で入力してください` })
    .trim()
    .max(max, `${label}は${max}文字以内で入力してください`)
    .transform((value) => (value === '' ? undefined : nfkc ? value.normalize('NFKC') : value))
    .optional();

/** A set of codes from a fixed list, kept in the list's order without repeats. */
export const codeSet = <const T extends readonly [string, ...string[]]>(codes: T, label: string) =>
  z
    .array(z.enum(codes, { error: `${label}に選べない値があります` }), {
      error: `${label}の形式が正しくありません`,
    })
    .max(codes.length * 4, `${label}が多すぎます`)
    .transform((values) => codes.filter((code) => values.includes(code)) as T[number][]);

export const optionalNumber = (label: string, min: number, max: number, { int = false } = {}) => {
  const base = z.number({ error: `${label}は数値で入力してください` });
  return (int ? base.int(`${label}は整数で入力してください`) : base)
    .min(min, `${label}は${min}以上で入力してください`)
    .max(max, `${label}は${max}以下で入力してください`)
    .optional();
};
