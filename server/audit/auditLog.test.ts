import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  TEST_DATABASE_KINDS,
  type TestDatabase,
} from '../testing/testDatabase';
import { appendAudit, listAudit, verifyAuditChain } from './auditLog';

const councilId = '00000000-0000-4000-8000-000000000001';
const caseId = '00000000-0000-4000-8000-000000000002';

describe.each(TEST_DATABASE_KINDS)('audit log (%s)', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.destroy());

  it('chains entries, even when written concurrently', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendAudit(database.db, {
          councilId,
          caseId,
          actorId: null,
          action: 'case.open',
          detail: { i },
          ip: '127.0.0.1',
        }),
      ),
    );
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, entries: 20 });
    const entries = await listAudit(database.db, { councilId, caseId });
    expect(entries).toHaveLength(20);
    expect(entries[0]?.prevHash).toBe(entries[1]?.hash);
  });

  it('refuses UPDATE and DELETE for everyone', async () => {
    await expect(
      database.db.execute(sql`UPDATE audit_log SET action = 'case.edit'`),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(database.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('reports a broken chain where an entry was tampered with', async () => {
    // Only someone who can drop the trigger can tamper; the chain still shows it.
    await database.db.execute(
      sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`,
    );
    const [target] = await listAudit(database.db, { councilId, caseId }, 5);
    await database.db.execute(sql`UPDATE audit_log SET ip = '10.0.0.1' WHERE id = ${target?.id}`);
    await database.db.execute(
      sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete`,
    );
    expect(await verifyAuditChain(database.db)).toEqual({
      ok: false,
      entries: 20,
      brokenAtId: target?.id,
    });
  });
});
