import type { z } from 'zod';
import { fieldIssueOf, type Issue } from '../../../shared/issues/fieldIssue';

/** An input issue (a code and its values), worded when shown so it follows a language switch. */
export type Message = Issue;
export type FieldErrors<F extends string> = Partial<Record<F, Message>>;

function messageFor(issue: z.core.$ZodIssue, value: unknown): Message {
  // An empty field is "required", whatever rule of the field it breaks first.
  if (value === undefined || value === null || String(value).trim() === '') {
    return { code: 'required' };
  }
  const { path: _path, ...found } = fieldIssueOf(issue);
  return found;
}

/**
 * Checks form values against the same zod schema the server uses, and returns one message per
 * field (the first problem found), keyed by the field's name.
 */
export function fieldErrors<F extends string>(
  schema: z.ZodType,
  values: Partial<Record<F, unknown>>,
): FieldErrors<F> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: FieldErrors<F> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as F | undefined;
    if (field === undefined || errors[field]) continue;
    errors[field] = messageFor(issue, values[field]);
  }
  return errors;
}

export function hasErrors(errors: Partial<Record<string, Message>>): boolean {
  return Object.values(errors).some(Boolean);
}
