import { randomBytes } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { recoveryCodes } from '../db/schema';
import { hashPassword, verifyPassword } from './password';

// Recovery codes for a lost authenticator: shown once when made, stored only as Argon2id hashes,
// each good for one sign-in. Making new ones voids the old.

export const RECOVERY_CODE_COUNT = 10;

/** 60 random bits, written as three groups of four for reading off paper. */
function newCode(): string {
  const raw = encodeBase32LowerCaseNoPadding(randomBytes(8)).slice(0, 12);
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
}

/** What a person types, however they typed it: case, spaces and hyphens do not matter. */
const normalise = (code: string) => code.toLowerCase().replace(/[\s-]/gu, '');

/** Replaces the person's codes with new ones and returns them, to be shown this once. */
export async function replaceRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  const hashes = await Promise.all(codes.map((code) => hashPassword(normalise(code))));
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
  });
  return codes;
}

/** Uses up one of the person's unused codes if `code` is one; false otherwise. */
export async function useRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const unused = await db
    .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  const given = normalise(code);
  for (const row of unused) {
    if (!(await verifyPassword(row.codeHash, given))) continue;
    const used = await db
      .update(recoveryCodes)
      .set({ usedAt: new Date() })
      .where(and(eq(recoveryCodes.id, row.id), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    // Two sign-ins racing with one code: only one wins.
    return used.length === 1;
  }
  return false;
}

export async function recoveryCodesLeft(db: Db, userId: string): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
