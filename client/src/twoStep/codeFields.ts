import { z } from 'zod';
import { rule } from '../../../shared/issues/fieldIssue';

// What people type as a code. They copy codes with spaces ("123 456"), read them off paper in
// groups ("abcd-efgh-ijkl") or type full-width digits on a Japanese keyboard: all of it counts.

/** The code as the server wants it: full-width digits folded, spaces and hyphens gone. */
export function typedCode(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/gu, '');
}

/** A code from the authenticator app. */
export const appCodeSchema = z.object({
  code: z
    .string()
    .transform(typedCode)
    .pipe(z.string().refine((code) => /^\d{6}$/u.test(code), rule('sixDigitCode'))),
});

/** One of the person's recovery codes. */
export const recoveryCodeSchema = z.object({
  recoveryCode: z.string().transform(typedCode).pipe(z.string().min(1).max(64)),
});
