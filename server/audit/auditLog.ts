import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';

// Who did what to which case, when and from where. Entries are chained by hash so any edit or
// deletion is detectable, and a database trigger refuses UPDATE/DELETE outright.

export type AuditAction =
  | 'case.create'
  | 'case.open'
  | 'case.update'
  | 'case.edit'
  | 'case.pledge'
  | 'case.pledgePrompt'
  | 'case.memberAdd'
  | 'case.memberRemove'
  | 'case.consentRecord'
  | 'case.consentWithdraw'
  | 'case.export'
  | 'case.raiseIssue'
  | 'case.close'
  | 'case.delete'
  | 'case.refused';

export type AuditInput = {
  councilId: string;
  caseId: string | null;
  actorId: string | null;
  action: AuditAction;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

export type AuditEntry = typeof auditLog.$inferSelect;

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, e: Omit<AuditEntry, 'id' | 'hash' | 'prevHash'>): string {
  const canonical = JSON.stringify([
    prevHash,
    e.councilId,
    e.caseId,
    e.actorId,
    e.action,
    e.detail,
    e.ip,
    e.at.toISOString(),
  ]);
  return encodeHexLowerCase(sha256(new TextEncoder().encode(canonical)));
}

export async function appendAudit(db: Db, input: AuditInput): Promise<void> {
  await append(db, input, 0);
}

/**
 * Appends the entry unless the same person's latest entry on the same case is the same action
 * and less than `withinMs` old: one visit is one `case.open`, however many requests and
 * connections (the page, its document, a reconnect) it takes.
 */
export async function appendAuditOnce(db: Db, input: AuditInput, withinMs: number): Promise<void> {
  await append(db, input, withinMs);
}

async function append(db: Db, input: AuditInput, onceWithinMs: number): Promise<void> {
  await db.transaction(async (tx) => {
    // One writer at a time, so each entry chains to the true previous one.
    await tx.execute('LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE');
    if (onceWithinMs > 0 && input.caseId && input.actorId) {
      const [latest] = await tx
        .select({ action: auditLog.action, at: auditLog.at })
        .from(auditLog)
        .where(and(eq(auditLog.caseId, input.caseId), eq(auditLog.actorId, input.actorId)))
        .orderBy(desc(auditLog.id))
        .limit(1);
      if (latest?.action === input.action && Date.now() - latest.at.getTime() < onceWithinMs) {
        return;
      }
    }
    const [last] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    const prevHash = last?.hash ?? GENESIS;
    const entry = {
      councilId: input.councilId,
      caseId: input.caseId,
      actorId: input.actorId,
      action: input.action,
      detail: JSON.stringify(input.detail ?? {}),
      ip: input.ip ?? null,
      at: new Date(),
    };
    await tx.insert(auditLog).values({ ...entry, prevHash, hash: entryHash(prevHash, entry) });
  });
}

export type ChainCheck =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAtId: number };

/** Recomputes every hash from the start; the first entry that does not match breaks the chain. */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  const rows = await db.select().from(auditLog).orderBy(asc(auditLog.id));
  let prev = GENESIS;
  for (const row of rows) {
    if (row.prevHash !== prev || entryHash(prev, row) !== row.hash) {
      return { ok: false, entries: rows.length, brokenAtId: row.id };
    }
    prev = row.hash;
  }
  return { ok: true, entries: rows.length };
}

export async function listAudit(
  db: Db,
  where: { councilId: string; caseId?: string },
  limit = 500,
): Promise<AuditEntry[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      where.caseId
        ? and(eq(auditLog.councilId, where.councilId), eq(auditLog.caseId, where.caseId))
        : eq(auditLog.councilId, where.councilId),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
