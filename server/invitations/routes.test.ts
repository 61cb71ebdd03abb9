import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitations } from '../db/schema';
import {
  addMember,
  call,
  createTestApp,
  sessionCookieOf,
  setUpCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

describe.each(TEST_DATABASE_KINDS)('invitations (%s)', (kind) => {
  let t: TestApp;
  let secretariat: string;
  let councilId: string;
  const invite = (body: object = { role: 'member' }, cookie = secretariat) =>
    call(t.app, { method: 'POST', url: `/api/councils/${councilId}/invitations`, cookie, body });
  const accept = (token: string, email: string) =>
    call(t.app, {
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      body: { displayName: '相談支援 田中', email, password: 'member password 1' },
    });

  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ cookie: secretariat, councilId } = await setUpCouncil(t.app));
  });
  afterAll(() => t.close());

  it('lets a new person join by link, sign in, and appear in the member list', async () => {
    const created = await invite({ role: 'member' });
    expect(created.statusCode).toBe(201);
    const { token } = created.json();
    const preview = await call(t.app, { method: 'GET', url: `/api/invitations/${token}` });
    expect(preview.json()).toEqual({
      councilName: 'テスト市地域自立支援協議会',
      role: 'member',
      email: null,
    });
    const joined = await accept(token, 'tanaka@example.jp');
    expect(joined.statusCode).toBe(201);
    expect(joined.json().councils).toEqual([
      {
        id: councilId,
        name: 'テスト市地域自立支援協議会',
        role: 'member',
        can: expect.objectContaining({ read: true, createBoard: true, manageMembers: false }),
      },
    ]);
    const signIn = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: 'tanaka@example.jp', password: 'member password 1' },
    });
    expect(signIn.statusCode).toBe(200);
    const members = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${councilId}/members`,
      cookie: secretariat,
    });
    expect(
      members.json().map((m: { email: string; role: string }) => [m.email, m.role]),
    ).toContainEqual(['tanaka@example.jp', 'member']);
  });

  it('is single use', async () => {
    const { token } = (await invite()).json();
    expect((await accept(token, 'first@example.jp')).statusCode).toBe(201);
    expect((await accept(token, 'second@example.jp')).statusCode).toBe(410);
    expect(
      (await call(t.app, { method: 'GET', url: `/api/invitations/${token}` })).statusCode,
    ).toBe(410);
  });

  it('is single use even when two people accept at the same moment', async () => {
    const { token } = (await invite()).json();
    const results = await Promise.all([
      accept(token, 'race1@example.jp'),
      accept(token, 'race2@example.jp'),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 410]);
  });

  it('expires', async () => {
    const { token, id } = (await invite()).json();
    const { eq } = await import('drizzle-orm');
    await t.database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(invitations.id, id));
    expect((await accept(token, 'late@example.jp')).statusCode).toBe(410);
  });

  it('can be revoked, and an unknown token is not found', async () => {
    const { token, id } = (await invite()).json();
    const revoked = await call(t.app, {
      method: 'DELETE',
      url: `/api/councils/${councilId}/invitations/${id}`,
      cookie: secretariat,
    });
    expect(revoked.statusCode).toBe(204);
    expect((await accept(token, 'revoked@example.jp')).statusCode).toBe(404);
    expect(
      (await call(t.app, { method: 'GET', url: `/api/invitations/${'x'.repeat(32)}` })).statusCode,
    ).toBe(404);
  });

  it('binds to an email when one is given', async () => {
    const { token } = (await invite({ role: 'guest', email: 'Guest@Example.jp' })).json();
    expect((await accept(token, 'someone-else@example.jp')).statusCode).toBe(400);
    const ok = await accept(token, 'guest@example.jp');
    expect(ok.statusCode).toBe(201);
    expect(ok.json().councils[0].role).toBe('guest');
  });

  it('refuses an email that already has an account, and lets that account join while signed in', async () => {
    const { token } = (await invite()).json();
    const taken = await accept(token, 'tanaka@example.jp');
    expect(taken.statusCode).toBe(409);
    const signIn = await call(t.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email: 'tanaka@example.jp', password: 'member password 1' },
    });
    const joined = await call(t.app, {
      method: 'POST',
      url: `/api/invitations/${token}/join`,
      cookie: sessionCookieOf(signIn),
    });
    expect(joined.statusCode).toBe(409);
  });

  it('only the secretariat may invite or see invitations', async () => {
    const member = await addMember(t.app, secretariat, councilId, 'member', 'plain@example.jp');
    expect((await invite({ role: 'secretariat' }, member.cookie)).statusCode).toBe(403);
    const list = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${councilId}/invitations`,
      cookie: member.cookie,
    });
    expect(list.statusCode).toBe(403);
    expect((await invite({ role: 'member' }, '')).statusCode).toBe(401);
  });

  it('stores only a hash of the token', async () => {
    const { token } = (await invite()).json();
    const rows = await t.database.db.select().from(invitations);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
  });
});
