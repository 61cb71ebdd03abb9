import { createHmac } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema';
import { randomServerKeys } from '../security/serverKeys';
import {
  createTestDatabase,
  TEST_DATABASE_KINDS,
  type TestDatabase,
} from '../testing/testDatabase';
import { memoryHeadStore } from './auditHeads';
import { appendAudit, listAudit, useAuditKeys, verifyAuditChain } from './auditLog';

const councilA = '00000000-0000-4000-8000-00000000000a';
const councilB = '00000000-0000-4000-8000-00000000000b';
const caseId = '00000000-0000-4000-8000-000000000002';

describe.each(TEST_DATABASE_KINDS)('audit log (%s)', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    useAuditKeys(database.db, { key: randomServerKeys().audit, heads: memoryHeadStore() });
  });
  afterAll(() => database.destroy());

  const append = (councilId: string, i: number) =>
    appendAudit(database.db, {
      councilId,
      caseId,
      actorId: null,
      action: 'case.open',
      detail: { i },
      ip: '127.0.0.1',
    });
  /** What someone who can drop the trigger (a database superuser) can do. */
  const asSuperuser = async (statement: ReturnType<typeof sql>) => {
    await database.db.execute(
      sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`,
    );
    await database.db.execute(statement);
    await database.db.execute(
      sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete`,
    );
  };
  const clean = { ok: true, rewritten: 0, missing: 0, truncated: 0, unkeyed: 0 };

  it('chains each council’s entries, even when written concurrently, and counts only its own', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => append(councilA, i)));
    await Promise.all(Array.from({ length: 3 }, (_, i) => append(councilB, i)));
    expect(await verifyAuditChain(database.db, councilA)).toEqual({ ...clean, entries: 20 });
    expect(await verifyAuditChain(database.db, councilB)).toEqual({ ...clean, entries: 3 });
    const entries = await listAudit(database.db, { councilId: councilA, caseId });
    expect(entries).toHaveLength(20);
    expect(entries[0]?.prevHash).toBe(entries[1]?.hash);
  });

  it('refuses UPDATE and DELETE for everyone', async () => {
    await expect(
      database.db.execute(sql`UPDATE audit_log SET action = 'case.edit'`),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(database.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    expect((await verifyAuditChain(database.db, councilA)).ok).toBe(true);
  });

  it('notices the newest entries deleted (truncation), though the rest still chains', async () => {
    const newest = await listAudit(database.db, { councilId: councilB }, 2);
    await asSuperuser(sql`DELETE FROM audit_log WHERE id IN (${newest[0]?.id}, ${newest[1]?.id})`);
    expect(await verifyAuditChain(database.db, councilB)).toMatchObject({
      ok: false,
      entries: 1,
      truncated: 2,
      rewritten: 0,
    });
    // Council A is untouched and says so.
    expect((await verifyAuditChain(database.db, councilA)).ok).toBe(true);
  });

  it('notices an entry deleted from the middle (a gap)', async () => {
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.councilId, councilA))
      .orderBy(asc(auditLog.seq));
    await asSuperuser(sql`DELETE FROM audit_log WHERE id = ${rows[5]?.id}`);
    expect(await verifyAuditChain(database.db, councilA)).toMatchObject({
      ok: false,
      missing: 1,
      rewritten: 0,
      truncated: 0,
      brokenAtId: rows[6]?.id,
    });
  });

  it('notices the whole chain rewritten with recomputed hashes, by someone without the key', async () => {
    const council = '00000000-0000-4000-8000-00000000000c';
    await Promise.all(Array.from({ length: 4 }, (_, i) => append(council, i)));
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.councilId, council))
      .orderBy(asc(auditLog.seq));
    // The attacker edits an IP and re-chains everything with a key of their own (or plain SHA-256).
    const guessedKey = randomServerKeys().audit;
    let prev = '0'.repeat(64);
    for (const row of rows) {
      const ip = row.id === rows[1]?.id ? '10.0.0.1' : row.ip;
      const canonical = JSON.stringify([
        prev,
        row.seq,
        row.councilId,
        row.caseId,
        row.actorId,
        row.action,
        row.detail,
        ip,
        row.at.toISOString(),
      ]);
      const hash = createHmac('sha256', guessedKey).update(canonical).digest('hex');
      await asSuperuser(
        sql`UPDATE audit_log SET ip = ${ip}, prev_hash = ${prev}, hash = ${hash} WHERE id = ${row.id}`,
      );
      prev = hash;
    }
    expect(await verifyAuditChain(database.db, council)).toMatchObject({
      ok: false,
      rewritten: 4,
      brokenAtId: rows[0]?.id,
    });
  });
});
