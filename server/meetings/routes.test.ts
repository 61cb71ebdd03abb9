import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  createTestApp,
  setUpCouncil,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting } from '../testing/testMeeting';
import { meetingBodyWith } from './sampleMeeting';

describe.each(TEST_DATABASE_KINDS)('meeting routes (%s)', (kind) => {
  let t: TestApp;
  let councilId: string;
  let secretariat: string;
  let member: { cookie: string; userId: string };
  let colleague: { cookie: string; userId: string };
  let councilGuest: string;
  let outsider: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const setup = await setUpCouncil(t.app);
    ({ councilId } = setup);
    secretariat = setup.cookie;
    member = await addMember(t.app, secretariat, councilId, 'member', 'm@example.jp');
    colleague = await addMember(t.app, secretariat, councilId, 'member', 'c@example.jp');
    councilGuest = (await addMember(t.app, secretariat, councilId, 'guest', 'g@example.jp')).cookie;
    outsider = await signInToOtherCouncil(t);
  });
  afterAll(() => t?.close());

  const get = (url: string, cookie: string) => call(t.app, { method: 'GET', url, cookie });

  it('a member creates a meeting with an agenda, runs it, and it is listed for the council', async () => {
    const meetingId = await createMeeting(t.app, member.cookie, councilId);
    const view = await get(`/api/meetings/${meetingId}`, member.cookie);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      kind: 'joint',
      status: 'scheduled',
      canEdit: true,
      canFacilitate: true,
      facilitators: [{ userId: member.userId, displayName: 'm' }],
    });
    expect(view.json().agenda.map((i: { title: string }) => i.title)).toEqual([
      '開会・趣旨説明',
      'グループワーク',
      '発表と共有',
    ]);
    const list = await get(`/api/councils/${councilId}/meetings`, councilGuest);
    expect(list.json().map((m: { id: string }) => m.id)).toContain(meetingId);
  });

  it('only the secretariat and the named facilitators edit; others read', async () => {
    const meetingId = await createMeeting(t.app, member.cookie, councilId);
    const edit = (cookie: string) =>
      call(t.app, {
        method: 'PUT',
        url: `/api/meetings/${meetingId}`,
        cookie,
        body: meetingBodyWith({ title: '第2回 部会', kind: 'subcommittee' }),
      });
    expect((await edit(colleague.cookie)).statusCode).toBe(403);
    expect((await get(`/api/meetings/${meetingId}`, colleague.cookie)).json().canEdit).toBe(false);
    expect((await edit(councilGuest)).statusCode).toBe(403);
    const bySecretariat = await edit(secretariat);
    expect(bySecretariat.statusCode).toBe(200);
    expect(bySecretariat.json()).toMatchObject({ title: '第2回 部会', kind: 'subcommittee' });
    expect((await get(`/api/meetings/${meetingId}`, outsider)).statusCode).toBe(404);
    expect((await get(`/api/councils/${councilId}/meetings`, outsider)).statusCode).toBe(403);
  });

  it('a council guest reads but does not create meetings', async () => {
    const response = await call(t.app, {
      method: 'POST',
      url: `/api/councils/${councilId}/meetings`,
      cookie: councilGuest,
      body: meetingBodyWith(),
    });
    expect(response.statusCode).toBe(403);
  });

  it('refuses bad input and says why', async () => {
    const post = (body: unknown) =>
      call(t.app, {
        method: 'POST',
        url: `/api/councils/${councilId}/meetings`,
        cookie: member.cookie,
        body,
      });
    const good = meetingBodyWith();
    const [first] = good.agenda;
    if (!first) throw new Error('no agenda');
    const cases: unknown[] = [
      { ...good, kind: 'party' },
      { ...good, title: '  ' },
      { ...good, startsAt: 'tomorrow' },
      { ...good, onlineUrl: 'javascript:alert(1)' },
      { ...good, agenda: [{ ...first, minutes: 0 }] },
      { ...good, agenda: [first, first] },
      { ...good, agenda: [{ ...first, links: [{ kind: 'url', url: 'ftp://x', label: '' }] }] },
      { ...good, facilitatorIds: [crypto.randomUUID()] },
    ];
    for (const body of cases) {
      const response = await post(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().message).not.toBe('');
    }
  });
});
