import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWith, rule } from './fieldIssue';
import en from './i18n/en.json';
import ja from './i18n/ja.json';
import { ISSUE_CODES } from './issueCodes';
import { formatList, issueText } from './issueText';
import { optionalText, requiredText, text } from './text';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const parsed = parseWith(schema, input);
  return parsed.ok ? [] : parsed.issues;
};

describe('the one error map', () => {
  it('gives zod checks a code and the values their text needs, without words', () => {
    const schema = z.object({
      name: requiredText(5),
      count: z.number().int().min(1).max(3),
      kind: z.enum(['a', 'b']),
      when: z.iso.date(),
      mail: z.email(),
      list: z.array(z.string()).max(1),
    });
    const issues = issuesOf(schema, {
      name: 'too long',
      count: 1.5,
      kind: 'c',
      when: '1 April',
      mail: 'nope',
      list: ['x', 'y'],
    });
    expect(issues).toEqual([
      { path: 'name', code: 'tooLong', params: { max: 5 } },
      { path: 'count', code: 'notInteger' },
      { path: 'kind', code: 'choice' },
      { path: 'when', code: 'date' },
      { path: 'mail', code: 'email' },
      { path: 'list', code: 'tooMany', params: { max: 1 } },
    ]);
    expect(issuesOf(schema, { count: 9 })[0]).toEqual({ path: 'name', code: 'required' });
    expect(issuesOf(z.object({ n: z.number().max(3) }), { n: 4 })).toEqual([
      { path: 'n', code: 'tooBig', params: { max: 3 } },
    ]);
  });

  it('lets a rule of ours name its code and values', () => {
    const schema = z.string().refine((v) => v !== 'x', rule('tooManyAgencies', { max: 7 }));
    expect(issuesOf(schema, 'x')).toEqual([
      { path: '', code: 'tooManyAgencies', params: { max: 7 } },
    ]);
  });
});

describe('the text schema', () => {
  it('refuses NUL and other control characters', () => {
    for (const value of ['a\u0000', '\u0007', 'a\nb', 'a\tb', '\u001b[31m', '\u007f', '\u0085']) {
      expect(issuesOf(text(), value), JSON.stringify(value)).toEqual([
        { path: '', code: 'controlChars' },
      ]);
    }
  });

  it('keeps line feeds, tabs and CRLF where several lines are allowed', () => {
    expect(issuesOf(optionalText(50, { multiline: true }), '1行目\r\n\t2行目')).toEqual([]);
    expect(issuesOf(optionalText(50, { multiline: true }), '1行目\u0000')).toEqual([
      { path: '', code: 'controlChars' },
    ]);
  });

  it('lets ordinary Japanese and English through (full-width space, emoji, kana)', () => {
    expect(issuesOf(requiredText(50), '  ひだまり　相談支援センター 🌱 ')).toEqual([]);
  });
});

describe('issue texts', () => {
  it('have a Japanese and an English text for every code', () => {
    expect(Object.keys(ja).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it('are worded by issueText with their values', () => {
    const t = (key: string, values?: Record<string, unknown>) =>
      `${key}${values ? JSON.stringify(values) : ''}`;
    expect(issueText({ code: 'tooLong', params: { max: 3 } }, t)).toBe('issues:tooLong{"max":3}');
  });

  it('join lists the way each language does', () => {
    expect(formatList('en', ['Children', 'Education'])).toBe('Children and Education');
    expect(formatList('ja', ['児童', '教育'])).toBe('児童、教育');
  });
});
