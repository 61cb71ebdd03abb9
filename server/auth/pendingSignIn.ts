import { createHmac, timingSafeEqual } from 'node:crypto';

// Between a right password and the second factor, the browser holds this cookie instead of a
// session: it names the account and expires in five minutes, signed with a key outside the
// database. It opens nothing but the second-factor step.

export const PENDING_COOKIE = 'tsunagu_pending';
const PENDING_MS = 5 * 60 * 1000;

const mac = (key: Uint8Array, payload: string) =>
  createHmac('sha256', key).update(payload).digest('base64url');

export function pendingSignInToken(key: Uint8Array, userId: string, now = Date.now()): string {
  const payload = `${userId}.${now + PENDING_MS}`;
  return `${payload}.${mac(key, payload)}`;
}

/** The account a pending sign-in is for, or null when the token is forged or expired. */
export function pendingSignInUser(
  key: Uint8Array,
  token: string | undefined,
  now = Date.now(),
): string | null {
  const [userId, expires, given, ...rest] = (token ?? '').split('.');
  if (!userId || !expires || !given || rest.length > 0) return null;
  const expected = Buffer.from(mac(key, `${userId}.${expires}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return Number(expires) > now ? userId : null;
}

export function pendingCookieOptions(production: boolean) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    path: '/api/auth',
    secure: production,
    maxAge: PENDING_MS / 1000,
  };
}
