import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { passkeys, recoveryCodes, secondFactors } from '../db/schema';
import { openSecret, sealSecret } from '../security/secretBox';
import { useRecoveryCode } from './recoveryCodes';
import { matchTotp, newTotpKey, totpUri } from './totp';

// A person's second factor: set up (pending until a code confirms it), checked at sign-in, reset.
// Five wrong codes lock the second factor — not the password — of that account for 15 minutes.

export const MAX_CODE_FAILURES = 5;
export const CODE_LOCK_MS = 15 * 60 * 1000;

export type SecondFactorAnswer = { code: string } | { recoveryCode: string };
export type SecondFactorCheck =
  | { ok: true; usedRecoveryCode: boolean }
  | { ok: false; reason: 'wrong' | 'locked'; lockedUntil?: Date };

const confirmedRow = async (db: Db, userId: string) => {
  const [row] = await db
    .select()
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt)));
  return row;
};

/** Whether the person has an authenticator app set up (confirmed). */
export async function hasAuthenticatorApp(db: Db, userId: string): Promise<boolean> {
  return (await confirmedRow(db, userId)) !== undefined;
}

/** Whether the person signs in with a second factor: an authenticator app or a passkey. */
export async function hasSecondFactor(db: Db, userId: string): Promise<boolean> {
  if (await hasAuthenticatorApp(db, userId)) return true;
  const [key] = await db
    .select({ id: passkeys.id })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .limit(1);
  return key !== undefined;
}

/**
 * Starts (or starts over) setting up an authenticator: a new key, kept pending until confirmed.
 * Returns what the person's app needs: the otpauth:// address (as a QR code) and the key typed.
 */
export async function startTotpSetup(
  db: Db,
  secretsKey: Uint8Array,
  user: { id: string; email: string },
): Promise<{ uri: string; secret: string }> {
  const key = newTotpKey();
  const sealed = sealSecret(secretsKey, key, user.id);
  await db
    .insert(secondFactors)
    .values({ userId: user.id, totpSecret: sealed })
    .onConflictDoUpdate({
      target: secondFactors.userId,
      set: { totpSecret: sealed, confirmedAt: null, lastStep: 0, failures: 0, lockedUntil: null },
    });
  return { uri: totpUri(user.email, key), secret: encodeBase32UpperCaseNoPadding(key) };
}

/** Confirms a pending setup with a code from the app; false when the code is not right. */
export async function confirmTotpSetup(
  db: Db,
  secretsKey: Uint8Array,
  userId: string,
  code: string,
): Promise<boolean> {
  const [row] = await db.select().from(secondFactors).where(eq(secondFactors.userId, userId));
  if (!row || row.confirmedAt) return false;
  const step = matchTotp(openSecret(secretsKey, row.totpSecret, userId), code, row.lastStep);
  if (step === null) return false;
  await db
    .update(secondFactors)
    .set({ confirmedAt: new Date(), lastStep: step })
    .where(eq(secondFactors.userId, userId));
  return true;
}

/** Checks a code (or a recovery code) of a confirmed second factor, counting failures. */
export async function checkSecondFactor(
  db: Db,
  secretsKey: Uint8Array,
  userId: string,
  answer: SecondFactorAnswer,
): Promise<SecondFactorCheck> {
  const row = await confirmedRow(db, userId);
  if (!row) {
    // Passkeys only: a recovery code still works. Its 60 random bits need no failure count.
    const recovered =
      'recoveryCode' in answer && (await useRecoveryCode(db, userId, answer.recoveryCode));
    return recovered ? { ok: true, usedRecoveryCode: true } : { ok: false, reason: 'wrong' };
  }
  if (row.lockedUntil && row.lockedUntil.getTime() > Date.now()) {
    return { ok: false, reason: 'locked', lockedUntil: row.lockedUntil };
  }
  if ('code' in answer) {
    const step = matchTotp(
      openSecret(secretsKey, row.totpSecret, userId),
      answer.code,
      row.lastStep,
    );
    if (step !== null) {
      // Only if no other sign-in took this step meanwhile.
      const taken = await db
        .update(secondFactors)
        .set({ lastStep: step, failures: 0, lockedUntil: null })
        .where(and(eq(secondFactors.userId, userId), sql`${secondFactors.lastStep} < ${step}`))
        .returning({ userId: secondFactors.userId });
      if (taken.length === 1) return { ok: true, usedRecoveryCode: false };
    }
  } else if (await useRecoveryCode(db, userId, answer.recoveryCode)) {
    await db
      .update(secondFactors)
      .set({ failures: 0, lockedUntil: null })
      .where(eq(secondFactors.userId, userId));
    return { ok: true, usedRecoveryCode: true };
  }
  const [counted] = await db
    .update(secondFactors)
    .set({ failures: sql`${secondFactors.failures} + 1` })
    .where(eq(secondFactors.userId, userId))
    .returning({ failures: secondFactors.failures });
  if ((counted?.failures ?? 0) < MAX_CODE_FAILURES) return { ok: false, reason: 'wrong' };
  const lockedUntil = new Date(Date.now() + CODE_LOCK_MS);
  await db
    .update(secondFactors)
    .set({ failures: 0, lockedUntil })
    .where(eq(secondFactors.userId, userId));
  return { ok: false, reason: 'locked', lockedUntil };
}

/** Removes the person's second factors (app and passkeys) and recovery codes (reset when lost). */
export async function removeSecondFactor(db: Db, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(secondFactors).where(eq(secondFactors.userId, userId));
    await tx.delete(passkeys).where(eq(passkeys.userId, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  });
}
