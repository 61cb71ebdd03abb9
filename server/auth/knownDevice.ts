import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// A browser that has signed in to an account before carries a cookie saying so, signed with a
// key outside the database: it lets the owner in while strangers have locked the account
// against new devices (see loginThrottle). It grants nothing else.

export const DEVICE_COOKIE = 'tsunagu_device';
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

const mac = (key: Uint8Array, nonce: string, userId: string) =>
  createHmac('sha256', key).update(`${nonce}.${userId}`).digest('base64url');

export function knownDeviceCookie(key: Uint8Array, userId: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${mac(key, nonce, userId)}`;
}

export function isKnownDevice(key: Uint8Array, userId: string, cookie: string | undefined) {
  const [nonce, given, ...rest] = (cookie ?? '').split('.');
  if (!nonce || !given || rest.length > 0) return false;
  const expected = Buffer.from(mac(key, nonce, userId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function knownDeviceCookieOptions(production: boolean) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/api/auth',
    secure: production,
    expires: new Date(Date.now() + YEAR_MS),
  };
}
