import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docUpdates, sessions } from '../db/schema';
import {
  addMember,
  call,
  createTestApp,
  setUpCouncil,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

describe.each(TEST_DATABASE_KINDS)('case spaces (%s)', (kind) => {
  let t: TestApp;
  let councilId: string;
  let secretariat: string;
  let alice: { cookie: string; userId: string };
  let bob: { cookie: string; userId: string };
  let carol: { cookie: string; userId: string };
  const get = (url: string, cookie: string) => call(t.app, { method: 'GET', url, cookie });
  const post = (url: string, cookie: string, body?: unknown) =>
    call(t.app, { method: 'POST', url, cookie, body });

  const createCase = async (cookie: string, body: object = {}) => {
    const r = await post(`/api/councils/${councilId}/cases`, cookie, {
      pseudonym: 'Aさん',
      ageBand: '18-29',
      lifeStage: 'adult',
      legalBasis: 'supportMeeting106_6',
      agency: 'みどり基幹相談支援センター',
      ...body,
    });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ cookie: secretariat, councilId } = await setUpCouncil(t.app));
    alice = await addMember(t.app, secretariat, councilId, 'member', 'alice@example.jp');
    bob = await addMember(t.app, secretariat, councilId, 'member', 'bob@example.jp');
    carol = await addMember(t.app, secretariat, councilId, 'member', 'carol@example.jp');
  });
  afterAll(() => t.close());

  it('asks for the confidentiality pledge before first access, and records it', async () => {
    const caseId = await createCase(alice.cookie);
    const before = await get(`/api/cases/${caseId}`, alice.cookie);
    expect(before.statusCode).toBe(403);
    expect(before.json().error).toBe('pledge_required');
    const list = await get(`/api/councils/${councilId}/cases`, alice.cookie);
    expect(list.json()).toEqual([
      expect.objectContaining({ id: caseId, pseudonym: '', pledged: false }),
    ]);
    expect((await post(`/api/cases/${caseId}/pledge`, alice.cookie)).statusCode).toBe(200);
    const after = await get(`/api/cases/${caseId}`, alice.cookie);
    expect(after.json()).toMatchObject({ pseudonym: 'Aさん', pledged: true });
    const members = await get(`/api/cases/${caseId}/members`, alice.cookie);
    expect(members.json()[0].pledgedAt).toEqual(expect.any(String));
  });

  it('tells non-members nothing, not even the pseudonym, from any endpoint', async () => {
    const caseId = await createCase(alice.cookie);
    await post(`/api/cases/${caseId}/pledge`, alice.cookie);
    const outsider = await signInToOtherCouncil(t);
    const urls = [
      `/api/cases/${caseId}`,
      `/api/cases/${caseId}/members`,
      `/api/cases/${caseId}/consents`,
      `/api/cases/${caseId}/audit`,
    ];
    for (const cookie of [carol.cookie, outsider]) {
      for (const url of urls) {
        const r = await get(url, cookie);
        expect(r.statusCode, url).toBe(404);
        expect(r.body).not.toContain('Aさん');
      }
      const list = await get(`/api/councils/${councilId}/cases`, cookie);
      expect(list.body).not.toContain(caseId);
      expect((await post(`/api/cases/${caseId}/pledge`, cookie)).statusCode).toBe(404);
      expect(
        (await post(`/api/cases/${caseId}/exports`, cookie, { format: 'print' })).statusCode,
      ).toBe(404);
    }
  });

  it('lets the secretariat manage membership and read the log, but not the content', async () => {
    const caseId = await createCase(alice.cookie);
    await post(`/api/cases/${caseId}/pledge`, alice.cookie);
    expect((await get(`/api/cases/${caseId}`, secretariat)).statusCode).toBe(403);
    const admin = await get(`/api/councils/${councilId}/cases/admin`, secretariat);
    expect(admin.json().find((c: { id: string }) => c.id === caseId)).toMatchObject({
      memberCount: 1,
    });
    expect(admin.body).not.toContain('Aさん');
    expect((await get(`/api/cases/${caseId}/audit`, secretariat)).statusCode).toBe(200);
    expect((await get(`/api/councils/${councilId}/cases/admin`, alice.cookie)).statusCode).toBe(
      403,
    );
    const added = await post(`/api/cases/${caseId}/members`, secretariat, {
      userId: bob.userId,
      agency: 'みどり市障害者福祉課',
    });
    expect(added.statusCode).toBe(204);
    await post(`/api/cases/${caseId}/pledge`, bob.cookie);
    expect((await get(`/api/cases/${caseId}`, bob.cookie)).statusCode).toBe(200);
    const removed = await call(t.app, {
      method: 'DELETE',
      url: `/api/cases/${caseId}/members/${bob.userId}`,
      cookie: secretariat,
    });
    expect(removed.statusCode).toBe(204);
    expect((await get(`/api/cases/${caseId}`, bob.cookie)).statusCode).toBe(404);
  });

  it('announces access changes so open documents are re-checked', async () => {
    const caseId = await createCase(alice.cookie);
    await post(`/api/cases/${caseId}/pledge`, alice.cookie);
    const seen: string[] = [];
    const off = t.events.onDocumentAccessChanged((name) => seen.push(name));
    await post(`/api/cases/${caseId}/members`, alice.cookie, { userId: bob.userId, agency: 'X' });
    await call(t.app, {
      method: 'DELETE',
      url: `/api/cases/${caseId}/members/${bob.userId}`,
      cookie: alice.cookie,
    });
    off();
    expect(seen).toEqual([`case:${caseId}`, `case:${caseId}`]);
  });

  it('needs consent covering a new member’s agency, and locks when consent is withdrawn', async () => {
    const caseId = await createCase(alice.cookie, { legalBasis: 'consentMeeting' });
    await post(`/api/cases/${caseId}/pledge`, alice.cookie);
    const refused = await post(`/api/cases/${caseId}/members`, alice.cookie, {
      userId: bob.userId,
      agency: 'みどり訪問看護ステーション',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/consent does not cover みどり訪問看護ステーション/);
    const consent = await post(`/api/cases/${caseId}/consents`, alice.cookie, {
      scope: '支援計画の共有',
      agencies: ['みどり訪問看護ステーション'],
      validFrom: '2026-01-01',
    });
    expect(consent.statusCode).toBe(201);
    const ok = await post(`/api/cases/${caseId}/members`, alice.cookie, {
      userId: bob.userId,
      agency: 'みどり訪問看護ステーション',
    });
    expect(ok.statusCode).toBe(204);
    await post(`/api/cases/${caseId}/consents/${consent.json().id}/withdraw`, alice.cookie);
    const locked = await get(`/api/cases/${caseId}`, alice.cookie);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error).toBe('consent_withdrawn');
    // Recording consent again unlocks it.
    await post(`/api/cases/${caseId}/consents`, alice.cookie, {
      scope: '再同意',
      agencies: ['X'],
      validFrom: '2026-02-01',
    });
    expect((await get(`/api/cases/${caseId}`, alice.cookie)).statusCode).toBe(200);
  });

  it('refuses an invalid consent period and an unknown legal basis with clear messages', async () => {
    const caseId = await createCase(alice.cookie, { legalBasis: 'consentMeeting' });
    await post(`/api/cases/${caseId}/pledge`, alice.cookie);
    const bad = await post(`/api/cases/${caseId}/consents`, alice.cookie, {
      scope: 's',
      agencies: ['X'],
      validFrom: '2026-05-01',
      validUntil: '2026-04-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/validUntil/);
    const r = await post(`/api/councils/${councilId}/cases`, alice.cookie, {
      pseudonym: 'B',
      legalBasis: 'whatever',
      agency: 'X',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/legalBasis/);
  });

  it('logs every open, change, export and membership change, chained and verifiable', async () => {
    const caseId = await createCase(alice.cookie);
    await post(`/api/cases/${caseId}/pledge`, alice.cookie);
    await get(`/api/cases/${caseId}`, alice.cookie);
    await call(t.app, {
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      cookie: alice.cookie,
      body: { lifeStage: 'elderly' },
    });
    const exported = await post(`/api/cases/${caseId}/exports`, alice.cookie, { format: 'pdf' });
    expect(exported.json().notice).toMatch(/要配慮個人情報/);
    await post(`/api/cases/${caseId}/members`, alice.cookie, { userId: carol.userId, agency: 'Y' });
    await get(`/api/cases/${caseId}`, carol.cookie); // shown the pledge: not pledged yet
    const log = await get(`/api/cases/${caseId}/audit`, alice.cookie);
    const actions = log
      .json()
      .map((e: { action: string }) => e.action)
      .reverse();
    expect(actions).toEqual([
      'case.create',
      'case.pledge',
      'case.open',
      'case.update',
      'case.export',
      'case.memberAdd',
      'case.pledgePrompt',
    ]);
    expect(log.json()[0]).toMatchObject({ actorName: 'carol', ip: expect.any(String) });
    const council = await get(`/api/councils/${councilId}/audit`, secretariat);
    expect(council.json().chain.ok).toBe(true);
    expect(council.body).not.toContain('Aさん');
  });

  it('raises an anonymised regional issue that the council sees, linked back for members only', async () => {
    const caseId = await createCase(alice.cookie);
    await post(`/api/cases/${caseId}/pledge`, alice.cookie);
    const named = await post(`/api/cases/${caseId}/raised-issues`, alice.cookie, {
      title: '夜間の緊急受入れ先がない',
      description: 'Ａさんのように精神障害のある方の夜間の受入れ先がない。',
    });
    expect(named.statusCode).toBe(400);
    expect(named.json().message).toMatch(/names the person/);
    for (const disguised of ['A\u200bさんの件', 'Aくんの件', 'A様の件', 'ＡＳＡＮの件']) {
      const r = await post(`/api/cases/${caseId}/raised-issues`, alice.cookie, {
        title: '夜間の緊急受入れ先がない',
        description: disguised,
      });
      expect(r.statusCode, disguised).toBe(400);
    }
    const raised = await post(`/api/cases/${caseId}/raised-issues`, alice.cookie, {
      title: '夜間の緊急受入れ先がない',
      description: '精神障害のある方が夜間・休日に緊急で泊まれる場所が市内にない。',
    });
    expect(raised.statusCode).toBe(201);
    const forMember = await get(`/api/councils/${councilId}/raised-issues`, alice.cookie);
    const forOther = await get(`/api/councils/${councilId}/raised-issues`, carol.cookie);
    expect(forMember.json()[0]).toMatchObject({ title: '夜間の緊急受入れ先がない', caseId });
    expect(forOther.json()[0]).toMatchObject({ title: '夜間の緊急受入れ先がない', caseId: null });
    expect(forOther.body).not.toContain('Aさん');
  });

  it('closing archives read-only; deleting removes the document and history but keeps the audit', async () => {
    const caseId = await createCase(alice.cookie);
    await post(`/api/cases/${caseId}/pledge`, alice.cookie);
    await t.database.db
      .insert(docUpdates)
      .values({ docName: `case:${caseId}`, update: new Uint8Array([0, 0]) });
    expect((await post(`/api/cases/${caseId}/close`, alice.cookie)).json().closed).toBe(true);
    const edit = await call(t.app, {
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      cookie: alice.cookie,
      body: { pseudonym: 'C' },
    });
    expect(edit.statusCode).toBe(403);
    expect((await get(`/api/cases/${caseId}`, alice.cookie)).statusCode).toBe(200);
    expect(
      (await call(t.app, { method: 'DELETE', url: `/api/cases/${caseId}`, cookie: alice.cookie }))
        .statusCode,
    ).toBe(403);
    const deleted = await call(t.app, {
      method: 'DELETE',
      url: `/api/cases/${caseId}`,
      cookie: secretariat,
    });
    expect(deleted.json()).toEqual({
      deleted: true,
      documentUpdatesRemoved: 1,
      auditEntriesKept: true,
    });
    expect(
      await t.database.db
        .select()
        .from(docUpdates)
        .where(eq(docUpdates.docName, `case:${caseId}`)),
    ).toEqual([]);
    expect((await get(`/api/cases/${caseId}`, alice.cookie)).statusCode).toBe(404);
    const council = await get(`/api/councils/${councilId}/audit`, secretariat);
    const forCase = council.json().entries.filter((e: { caseId: string }) => e.caseId === caseId);
    expect(forCase.map((e: { action: string }) => e.action)).toContain('case.delete');
  });

  it('signs a member out of case spaces after inactivity', async () => {
    const caseId = await createCase(alice.cookie);
    await post(`/api/cases/${caseId}/pledge`, alice.cookie);
    await t.database.db.update(sessions).set({ lastActiveAt: sql`now() - interval '2 hours'` });
    const idle = await get(`/api/cases/${caseId}`, alice.cookie);
    expect(idle.statusCode).toBe(401);
    expect(idle.json().error).toBe('idle_timeout');
    expect((await get('/api/me', alice.cookie)).statusCode).toBe(401);
  });

  it('refuses guests from creating cases', async () => {
    const guest = await addMember(t.app, secretariat, councilId, 'guest', 'guest@example.jp');
    const r = await post(`/api/councils/${councilId}/cases`, guest.cookie, {
      pseudonym: 'D',
      legalBasis: 'other',
      agency: 'X',
    });
    expect(r.statusCode).toBe(403);
  });
});
