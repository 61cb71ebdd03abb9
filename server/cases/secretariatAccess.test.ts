import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCaseBody } from '../../shared/caseApi';
import {
  addMember,
  call,
  createTestApp,
  setUpCouncil,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { createCase } from '../testing/testCase';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// The secretariat manages who is in a case but must not read it: it cannot let itself in, and
// what it sees of the audit log holds nothing taken from the case.
describe.each(TEST_DATABASE_KINDS)('the secretariat stays out of case content (%s)', (kind) => {
  let t: TestApp;
  let councilId: string;
  let secretariat: { cookie: string; userId: string };
  let second: { cookie: string; userId: string };
  let alice: { cookie: string; userId: string };
  const get = (url: string, cookie: string) => call(t.app, { method: 'GET', url, cookie });
  const post = (url: string, cookie: string, body?: unknown) =>
    call(t.app, { method: 'POST', url, cookie, body });

  const alicesCase = (body: Partial<CreateCaseBody> = {}) =>
    createCase(t.app, alice.cookie, councilId, { pseudonym: 'Kさん', ...body });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const setup = await setUpCouncil(t.app);
    councilId = setup.councilId;
    secretariat = setup;
    second = await addMember(t.app, setup.cookie, councilId, 'secretariat', 'second@example.jp');
    alice = await addMember(t.app, setup.cookie, councilId, 'member', 'alice@example.jp');
  });
  afterAll(() => t.close());

  it('nobody can add themselves to a case', async () => {
    const caseId = await alicesCase();
    const self = await post(`/api/cases/${caseId}/members`, secretariat.cookie, {
      userId: secretariat.userId,
      agency: '事務局',
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().error).toBe('cannot_add_self');
    expect((await post(`/api/cases/${caseId}/pledge`, secretariat.cookie)).statusCode).toBe(403);
    expect((await get(`/api/cases/${caseId}`, secretariat.cookie)).statusCode).toBe(403);
  });

  it('a secretariat account added by the secretariat waits for a case member’s confirmation', async () => {
    const caseId = await alicesCase();
    const asked = await post(`/api/cases/${caseId}/members`, secretariat.cookie, {
      userId: second.userId,
      agency: '事務局',
    });
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toEqual({ status: 'awaitingConfirmation' });
    // Not in yet: cannot pledge or read, and the secretariat cannot confirm its own request.
    expect((await post(`/api/cases/${caseId}/pledge`, second.cookie)).statusCode).toBe(403);
    const selfConfirm = await post(
      `/api/cases/${caseId}/member-requests/${second.userId}/confirm`,
      second.cookie,
    );
    expect(selfConfirm.statusCode).not.toBe(204);
    expect(
      (
        await post(
          `/api/cases/${caseId}/member-requests/${second.userId}/confirm`,
          secretariat.cookie,
        )
      ).statusCode,
    ).toBe(403);
    const waiting = await get(`/api/cases/${caseId}/member-requests`, alice.cookie);
    expect(waiting.json()).toEqual([
      expect.objectContaining({ userId: second.userId, requestedByName: '事務局 山田' }),
    ]);
    const confirmed = await post(
      `/api/cases/${caseId}/member-requests/${second.userId}/confirm`,
      alice.cookie,
    );
    expect(confirmed.statusCode).toBe(204);
    expect((await post(`/api/cases/${caseId}/pledge`, second.cookie)).statusCode).toBe(200);
    expect((await get(`/api/cases/${caseId}`, second.cookie)).statusCode).toBe(200);
    const log = (await get(`/api/cases/${caseId}/audit`, alice.cookie)).json() as {
      action: string;
      detail: Record<string, unknown>;
    }[];
    expect(log.find((e) => e.action === 'case.memberAdd')?.detail).toMatchObject({
      userId: second.userId,
      secretariatAccount: true,
      confirmedBy: alice.userId,
    });
    expect(log.some((e) => e.action === 'case.memberRequest')).toBe(true);
  });

  it('a declined request lets nobody in', async () => {
    const caseId = await alicesCase();
    await post(`/api/cases/${caseId}/members`, secretariat.cookie, {
      userId: second.userId,
      agency: '事務局',
    });
    const declined = await call(t.app, {
      method: 'DELETE',
      url: `/api/cases/${caseId}/member-requests/${second.userId}`,
      cookie: alice.cookie,
    });
    expect(declined.statusCode).toBe(204);
    expect(
      (await post(`/api/cases/${caseId}/member-requests/${second.userId}/confirm`, alice.cookie))
        .statusCode,
    ).toBe(404);
    expect((await post(`/api/cases/${caseId}/pledge`, second.cookie)).statusCode).toBe(403);
  });

  it('the council-wide log shows the secretariat no content-derived details', async () => {
    const caseId = await alicesCase({ legalBasis: 'consentMeeting', agency: 'ひまわり作業所' });
    const consent = await post(`/api/cases/${caseId}/consents`, alice.cookie, {
      scope: '就労支援計画の共有',
      agencies: ['ひまわり作業所', 'あおば訪問看護'],
      validFrom: '2026-01-01',
    });
    expect(consent.statusCode).toBe(201);
    const log = await get(`/api/councils/${councilId}/audit`, secretariat.cookie);
    expect(log.statusCode).toBe(200);
    for (const word of [
      'ひまわり作業所',
      'あおば訪問看護',
      '就労支援',
      'consentMeeting',
      'Kさん',
    ]) {
      expect(log.body, word).not.toContain(word);
    }
    expect(
      log.json().entries.some((e: { action: string }) => e.action === 'case.consentRecord'),
    ).toBe(true);
    // The case's own log, for the secretariat, likewise; its members see everything.
    const caseLog = await get(`/api/cases/${caseId}/audit`, secretariat.cookie);
    expect(caseLog.body).not.toContain('あおば訪問看護');
    const forMember = await get(`/api/cases/${caseId}/audit`, alice.cookie);
    expect(forMember.body).toContain('あおば訪問看護');
  });

  it('each council sees only its own chain and counts; deleting the newest entries shows', async () => {
    const own = (await get(`/api/councils/${councilId}/audit`, secretariat.cookie)).json();
    expect(own.chain).toMatchObject({ ok: true, truncated: 0, rewritten: 0, missing: 0 });
    expect(own.chain.entries).toBeGreaterThan(5);
    const outsider = await signInToOtherCouncil(t);
    const me = await get('/api/me', outsider);
    const otherCouncil = me.json().councils[0].id as string;
    const theirs = (await get(`/api/councils/${otherCouncil}/audit`, outsider)).json();
    expect(theirs.chain).toMatchObject({ ok: true, entries: 0 });
    expect(theirs.entries).toEqual([]);

    await t.database.db.execute(
      sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`,
    );
    await t.database.db.execute(
      sql`DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE council_id = ${councilId} ORDER BY id DESC LIMIT 3)`,
    );
    await t.database.db.execute(
      sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete`,
    );
    const after = (await get(`/api/councils/${councilId}/audit`, secretariat.cookie)).json();
    expect(after.chain).toMatchObject({ ok: false, truncated: 3 });
  });
});
