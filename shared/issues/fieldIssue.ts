// What is wrong with an input, as a code and its values, never as text: the words are chosen
// where the person reads them (issueText.ts), in their language. Codes of zod's own checks are
// set by the one error map (errorMap.ts); a rule of ours names its code with `rule(code)`.
import type { z } from 'zod';
import './errorMap';
import { ISSUE_CODES, type IssueCode } from './issueCodes';

export type { IssueCode };

export type IssueParams = Record<string, string | number>;
/** One problem, without where it is. */
export type Issue = { code: IssueCode; params?: IssueParams };
/** One problem with one field of an input, at a dotted path ('' for the whole input). */
export type FieldIssue = Issue & { path: string };

export type Result<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

const known = new Set<string>(ISSUE_CODES);

const numeric = (value: unknown) => (typeof value === 'bigint' ? Number(value) : value);

/** The values a code's text needs, taken from zod's issue (limits) or our rule's params. */
function paramsOf(issue: z.core.$ZodIssue): IssueParams | undefined {
  if (issue.code === 'too_big') return { max: Number(numeric(issue.maximum)) };
  if (issue.code === 'too_small') return { min: Number(numeric(issue.minimum)) };
  if (issue.code === 'custom' && issue.params) {
    const { code: _code, ...rest } = issue.params as Record<string, string | number>;
    return Object.keys(rest).length > 0 ? rest : undefined;
  }
  return undefined;
}

/** A zod issue as a field issue; the error map has put the code in its message. */
export function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssue {
  const code = known.has(issue.message) ? (issue.message as IssueCode) : 'invalid';
  const params = code === 'required' ? undefined : paramsOf(issue);
  return { path: issue.path.map(String).join('.'), code, ...(params ? { params } : {}) };
}

/** Parses with a schema and reports every issue with a dotted path ('' for the whole input). */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(fieldIssueOf) };
}

export function failure(
  path: string,
  code: IssueCode,
  params?: IssueParams,
): { ok: false; issues: FieldIssue[] } {
  return { ok: false, issues: [{ path, code, ...(params ? { params } : {}) }] };
}

/** The options of a refine/superRefine that reports `code` (with `params` for its text). */
export function rule(code: IssueCode, params: IssueParams = {}, path?: string[]) {
  return { params: { ...params, code }, ...(path ? { path } : {}) };
}
