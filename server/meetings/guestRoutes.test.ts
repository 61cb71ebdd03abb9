import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingGuestLinks } from '../db/schema';
import { addMember, call, createTestApp, setUpCouncil, type TestApp } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting, guestCookieOf } from '../testing/testMeeting';

describe.each(TEST_DATABASE_KINDS)('guests by link (%s)', (kind) => {
  let t: TestApp;
  let councilId: string;
  let secretariat: string;
  let member: string;
  let meetingId: string;
  let otherMeetingId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const setup = await setUpCouncil(t.app);
    ({ councilId } = setup);
    secretariat = setup.cookie;
    member = (await addMember(t.app, secretariat, councilId, 'member', 'm@example.jp')).cookie;
    meetingId = await createMeeting(t.app, secretariat, councilId);
    otherMeetingId = await createMeeting(t.app, secretariat, councilId, { title: '別の会議' });
  });
  afterAll(() => t?.close());

  const newLink = (cookie: string, passcode = '') =>
    call(t.app, {
      method: 'POST',
      url: `/api/meetings/${meetingId}/guest-links`,
      cookie,
      body: { expiresInHours: 3, passcode },
    });
  const join = (token: string, passcode = '', displayName = '民生委員 大野') =>
    call(t.app, {
      method: 'POST',
      url: `/api/guest-links/${token}/join`,
      body: { displayName, passcode },
    });
  const get = (url: string, cookie: string) => call(t.app, { method: 'GET', url, cookie });

  it('only a facilitator or the secretariat makes guest links', async () => {
    expect((await newLink(member)).statusCode).toBe(403);
    const created = await newLink(secretariat);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ hasPasscode: false, revoked: false, guests: 0 });
  });

  it('a guest joins with name and passcode and sees that meeting only', async () => {
    const { token } = (await newLink(secretariat, 'sakura')).json();
    const preview = await call(t.app, { method: 'GET', url: `/api/guest-links/${token}` });
    expect(preview.json()).toMatchObject({ needsPasscode: true });
    const wrong = await join(token, 'momiji');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toBe('wrong_passcode');
    const joined = await join(token, 'sakura');
    expect(joined.statusCode).toBe(201);
    const guest = guestCookieOf(joined);

    expect((await get(`/api/meetings/${meetingId}`, guest)).json()).toMatchObject({
      canEdit: false,
      canFacilitate: false,
    });
    expect((await get(`/api/meetings/${otherMeetingId}`, guest)).statusCode).toBe(404);
    for (const url of [
      '/api/me',
      `/api/councils/${councilId}/meetings`,
      `/api/councils/${councilId}/members`,
      `/api/councils/${councilId}/boards`,
      `/api/councils/${councilId}/cases`,
    ]) {
      expect((await get(url, guest)).statusCode, url).toBe(401);
    }
    const links = await get(`/api/meetings/${meetingId}/guest-links`, secretariat);
    expect(links.json().some((l: { guests: number }) => l.guests === 1)).toBe(true);
  });

  it('an expired or revoked link lets nobody in, and ends the sessions it opened', async () => {
    const created = (await newLink(secretariat)).json();
    const guest = guestCookieOf(await join(created.token));
    await t.database.db
      .update(meetingGuestLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(meetingGuestLinks.id, created.id));
    expect((await join(created.token)).statusCode).toBe(404);
    expect((await get(`/api/meetings/${meetingId}`, guest)).statusCode).toBe(401);

    const other = (await newLink(secretariat)).json();
    const revoke = await call(t.app, {
      method: 'DELETE',
      url: `/api/meetings/${meetingId}/guest-links/${other.id}`,
      cookie: secretariat,
    });
    expect(revoke.statusCode).toBe(204);
    expect((await join(other.token)).statusCode).toBe(404);
  });

  it('limits how often one address tries to join', async () => {
    const { token } = (await newLink(secretariat, 'passcode')).json();
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await join(token, `guess-${i}`)).statusCode);
    expect(codes).toContain(429);
  });
});
