import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, call, createTestApp, setUpCouncil, type TestApp } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

describe.each(TEST_DATABASE_KINDS)('council members (%s)', (kind) => {
  let t: TestApp;
  let secretariat: { cookie: string; userId: string };
  let councilId: string;
  const members = (cookie: string) =>
    call(t.app, { method: 'GET', url: `/api/councils/${councilId}/members`, cookie });
  const setRole = (userId: string, role: string, cookie = secretariat.cookie) =>
    call(t.app, {
      method: 'PATCH',
      url: `/api/councils/${councilId}/members/${userId}`,
      cookie,
      body: { role },
    });
  const remove = (userId: string, cookie = secretariat.cookie) =>
    call(t.app, { method: 'DELETE', url: `/api/councils/${councilId}/members/${userId}`, cookie });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const setup = await setUpCouncil(t.app);
    councilId = setup.councilId;
    secretariat = setup;
  });
  afterAll(() => t.close());

  it('the secretariat changes roles, and the change applies to the next request', async () => {
    const m = await addMember(t.app, secretariat.cookie, councilId, 'member', 'm1@example.jp');
    expect((await members(m.cookie)).statusCode).toBe(200);
    expect((await setRole(m.userId, 'guest')).statusCode).toBe(204);
    expect((await members(m.cookie)).statusCode).toBe(403);
  });

  it('announces membership changes to the realtime side', async () => {
    const m = await addMember(t.app, secretariat.cookie, councilId, 'member', 'm2@example.jp');
    const seen: string[] = [];
    const off = t.events.onMembershipChanged((_council, userId) => seen.push(userId));
    await setRole(m.userId, 'guest');
    await remove(m.userId);
    off();
    expect(seen).toEqual([m.userId, m.userId]);
  });

  it('removing someone from their only council signs them out', async () => {
    const m = await addMember(t.app, secretariat.cookie, councilId, 'member', 'm3@example.jp');
    expect((await remove(m.userId)).statusCode).toBe(204);
    expect(
      (await call(t.app, { method: 'GET', url: '/api/me', cookie: m.cookie })).statusCode,
    ).toBe(401);
  });

  it('never leaves the council without a secretariat', async () => {
    expect((await setRole(secretariat.userId, 'member')).statusCode).toBe(409);
    expect((await remove(secretariat.userId)).statusCode).toBe(409);
    const second = await addMember(
      t.app,
      secretariat.cookie,
      councilId,
      'secretariat',
      's2@example.jp',
    );
    expect((await setRole(secretariat.userId, 'member', second.cookie)).statusCode).toBe(204);
    expect((await setRole(secretariat.userId, 'secretariat', second.cookie)).statusCode).toBe(204);
  });

  it('members and guests cannot manage members; guests cannot list them', async () => {
    const m = await addMember(t.app, secretariat.cookie, councilId, 'member', 'm4@example.jp');
    const g = await addMember(t.app, secretariat.cookie, councilId, 'guest', 'g1@example.jp');
    expect((await setRole(g.userId, 'secretariat', m.cookie)).statusCode).toBe(403);
    expect((await remove(g.userId, m.cookie)).statusCode).toBe(403);
    expect((await members(g.cookie)).statusCode).toBe(403);
  });

  it('an unknown member is a clear 404', async () => {
    const response = await setRole('00000000-0000-4000-8000-000000000000', 'member');
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/not found/);
  });
});
