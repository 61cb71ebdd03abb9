import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';
import type { AuditHeadStore } from './auditHeads';

// Who did what to which case, when and from where. Each council's entries form a chain: entry n
// carries its number and an HMAC over its fields and entry n-1's HMAC. The HMAC key is not in the
// database, so even a database superuser who drops the append-only trigger cannot rewrite entries
// and recompute the chain; gaps show in the numbers; and the newest head of each chain is also
// kept outside the table (AuditHeadStore), so deleting the newest entries shows too.

export type AuditAction =
  | 'case.create'
  | 'case.open'
  | 'case.update'
  | 'case.edit'
  | 'case.pledge'
  | 'case.pledgePrompt'
  | 'case.memberAdd'
  | 'case.memberRequest'
  | 'case.memberRequestDecline'
  | 'case.memberRemove'
  | 'case.consentRecord'
  | 'case.consentWithdraw'
  | 'case.export'
  | 'case.raiseIssue'
  | 'case.close'
  | 'case.delete'
  | 'case.refused'
  // An action item of a meeting's minutes written into the case's plan (detail: meetingId).
  | 'case.actionFromMeeting'
  // The secretariat reset a member's lost second factor (no case; detail names the member).
  | 'account.secondFactorReset'
  // The secretariat changed from when the council requires two-step sign-in (detail: from, to).
  | 'council.secondFactorRequirement'
  // The secretariat set or removed the council's reading of a name (detail: word, from, to).
  | 'council.readingChange';

export type AuditInput = {
  councilId: string;
  caseId: string | null;
  actorId: string | null;
  action: AuditAction;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

export type AuditEntry = typeof auditLog.$inferSelect;
export type AuditKeys = { key: Uint8Array; heads: AuditHeadStore };

const GENESIS = '0'.repeat(64);

// The key and head store travel with the database handle, so that every writer (HTTP routes and
// the realtime server, which only get `db`) chains with the same key.
const keysByDb = new WeakMap<Db, AuditKeys>();

export function useAuditKeys(db: Db, keys: AuditKeys): void {
  keysByDb.set(db, keys);
}

function keysFor(db: Db): AuditKeys {
  const keys = keysByDb.get(db);
  if (!keys) throw new Error('The audit log needs useAuditKeys(db, …) before it is written.');
  return keys;
}

type Chained = Omit<AuditEntry, 'id' | 'hash' | 'prevHash'>;

function entryMac(key: Uint8Array, prevHash: string, e: Chained): string {
  const canonical = JSON.stringify([
    prevHash,
    e.seq,
    e.councilId,
    e.caseId,
    e.actorId,
    e.action,
    e.detail,
    e.ip,
    e.at.toISOString(),
  ]);
  return createHmac('sha256', key).update(canonical).digest('hex');
}

const sameMac = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

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
  const { key, heads } = keysFor(db);
  const head = await db.transaction(async (tx) => {
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
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .where(and(eq(auditLog.councilId, input.councilId), isNotNull(auditLog.seq)))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    const prevHash = last?.hash ?? GENESIS;
    const entry: Chained = {
      seq: (last?.seq ?? 0) + 1,
      councilId: input.councilId,
      caseId: input.caseId,
      actorId: input.actorId,
      action: input.action,
      detail: JSON.stringify(input.detail ?? {}),
      ip: input.ip ?? null,
      at: new Date(),
    };
    const hash = entryMac(key, prevHash, entry);
    await tx.insert(auditLog).values({ ...entry, prevHash, hash });
    return { seq: entry.seq as number, hash };
  });
  if (head) heads.advance(input.councilId, head);
}

export type ChainCheck = {
  ok: boolean;
  /** Entries of this council in the table. */
  entries: number;
  /** Entries whose HMAC or link does not match: edited, forged or re-chained. */
  rewritten: number;
  /** Entries missing inside the chain (numbers skipped). */
  missing: number;
  /** Entries missing at the end, after the last one that is there (the recorded head). */
  truncated: number;
  /** Entries from before the chain had a key (not covered by the check). */
  unkeyed: number;
  /** The first entry where something is wrong. */
  brokenAtId?: number;
};

/** Checks one council's chain from its first entry against the key and the recorded head. */
export async function verifyAuditChain(db: Db, councilId: string): Promise<ChainCheck> {
  const { key, heads } = keysFor(db);
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.councilId, councilId), isNotNull(auditLog.seq)))
    .orderBy(asc(auditLog.seq), asc(auditLog.id));
  const [unkeyed] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.councilId, councilId), isNull(auditLog.seq)));
  const check: ChainCheck = {
    ok: true,
    entries: rows.length + (unkeyed?.count ?? 0),
    rewritten: 0,
    missing: 0,
    truncated: 0,
    unkeyed: unkeyed?.count ?? 0,
  };
  const problemAt = (id: number) => {
    check.ok = false;
    check.brokenAtId ??= id;
  };
  let prev = GENESIS;
  let expected = 1;
  for (const row of rows) {
    const seq = row.seq as number;
    if (seq > expected) {
      check.missing += seq - expected;
      problemAt(row.id);
      // Carry on from this entry's own link, to tell rewritten entries from missing ones.
      prev = row.prevHash;
    }
    if (seq < expected || row.prevHash !== prev || !sameMac(entryMac(key, prev, row), row.hash)) {
      check.rewritten += 1;
      problemAt(row.id);
    }
    prev = row.hash;
    expected = seq + 1;
  }
  const head = heads.get(councilId);
  const last = rows.at(-1);
  if (head && (last?.seq ?? 0) < head.seq) {
    check.truncated = head.seq - (last?.seq ?? 0);
    check.ok = false;
  } else if (head) {
    const atHead = rows.find((r) => r.seq === head.seq);
    // The newest entry re-chained with a valid-looking link still differs from the head.
    if (atHead && atHead.hash !== head.hash && check.ok) {
      check.rewritten += 1;
      problemAt(atHead.id);
    }
  }
  return check;
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
