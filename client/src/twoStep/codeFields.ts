import { z } from 'zod';
import { secondFactorCodeBody } from '../../../shared/api';

// What people type as a code. They copy codes with spaces ("123 456"), read them off paper in
// groups ("abcd-efgh-ijkl") or type full-width digits on a Japanese keyboard: all of it counts.

/** The code as the server wants it: full-width digits folded, spaces and hyphens gone. */
export function typedCode(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/gu, '');
}

/** A code from the authenticator app, checked by the server's own rule once folded. */
export const appCodeSchema = z.object({
  code: z.string().transform(typedCode).pipe(secondFactorCodeBody.shape.code),
});

/** One of the person's recovery codes. */
export const recoveryCodeSchema = z.object({
  recoveryCode: z.string().transform(typedCode).pipe(z.string().min(1).max(64)),
});
