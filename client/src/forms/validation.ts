import type { z } from 'zod';

/** A translation key with its values, so the message follows a later language switch. */
export type Message = { key: string; values?: Record<string, string | number> };
export type FieldErrors<F extends string> = Partial<Record<F, Message>>;

function messageFor(issue: z.core.$ZodIssue, value: unknown): Message {
  if (value === undefined || value === null || String(value).trim() === '') {
    return { key: 'validation.required' };
  }
  switch (issue.code) {
    case 'too_small':
      return { key: 'validation.tooShort', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'validation.tooLong', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'validation.email' } : { key: 'validation.invalid' };
    default:
      return { key: 'validation.invalid' };
  }
}

/**
 * Checks form values against the same zod schema the server uses, and returns one message per
 * field (the first problem found), keyed by the field's name.
 */
export function fieldErrors<F extends string>(
  schema: z.ZodType,
  values: Record<F, unknown>,
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
