import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';

// Time-based one-time codes (RFC 6238) as authenticator apps make them: a 160-bit key, 30-second
// steps, 6 digits. The step before and after are accepted too (a phone's clock drifts, a code is
// typed as it changes), and never a step at or before the last one accepted, so a code seen over
// someone's shoulder cannot be used again.

export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
const ISSUER = 'Tsunagu';

export const newTotpKey = (): Uint8Array => new Uint8Array(randomBytes(20));

/** The otpauth:// address an authenticator app reads from the QR code. */
export const totpUri = (accountName: string, key: Uint8Array): string =>
  createTOTPKeyURI(ISSUER, accountName, key, TOTP_PERIOD_SECONDS, DIGITS);

export const currentStep = (now = Date.now()): number =>
  Math.floor(now / 1000 / TOTP_PERIOD_SECONDS);

/** The step `code` belongs to, if it is right for the previous, current or next step and newer than `lastStep`. */
export function matchTotp(
  key: Uint8Array,
  code: string,
  lastStep: number,
  now = Date.now(),
): number | null {
  const given = Buffer.from(code);
  const step = currentStep(now);
  for (const candidate of [step - 1, step, step + 1]) {
    if (candidate <= lastStep) continue;
    const expected = Buffer.from(generateHOTP(key, BigInt(candidate), DIGITS));
    if (expected.length === given.length && timingSafeEqual(expected, given)) return candidate;
  }
  return null;
}
