import type { z } from 'zod';

/** One problem with one field of an input, worded for the person who typed it. */
export type FieldIssue = { path: string; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Parses with a schema and reports every issue with a dotted path ('' for the whole input). */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

export function failure(path: string, message: string): { ok: false; issues: FieldIssue[] } {
  return { ok: false, issues: [{ path, message }] };
}
