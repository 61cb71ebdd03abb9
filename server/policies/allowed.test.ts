import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardView, MeView } from '../../shared/api';
import { addMember, call, createTestApp, setUpCouncil, type TestApp } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// The client shows and hides by what the server says each person may do (the `can` of a council
// in /api/me, of a board in its view): the answers of `can()` itself, so the page and the API
// never disagree — a guest is not offered what the API would refuse, nor a member the
// secretariat's tools, nor anyone the editing of an archived board.

describe.each(TEST_DATABASE_KINDS)('permission flags in views (%s)', (kind) => {
  let t: TestApp;
  let councilId: string;
  const cookies: Record<'secretariat' | 'member' | 'guest', string> = {} as never;
  let boardId: string;
  const get = (url: string, cookie: string) => call(t.app, { method: 'GET', url, cookie });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const secretariat = await setUpCouncil(t.app);
    councilId = secretariat.councilId;
    cookies.secretariat = secretariat.cookie;
    cookies.member = (
      await addMember(t.app, secretariat.cookie, councilId, 'member', 'm@example.jp')
    ).cookie;
    cookies.guest = (
      await addMember(t.app, secretariat.cookie, councilId, 'guest', 'g@example.jp')
    ).cookie;
    const board = await call(t.app, {
      method: 'POST',
      url: `/api/councils/${councilId}/boards`,
      cookie: cookies.member,
      body: { name: '相談支援ネットワーク' },
    });
    boardId = board.json().id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const councilCan = async (who: keyof typeof cookies) =>
    ((await get('/api/me', cookies[who])).json() as MeView).councils[0]?.can;
  const boardCan = async (who: keyof typeof cookies) =>
    ((await get(`/api/boards/${boardId}`, cookies[who])).json() as BoardView).can;

  it('a council says what each role may do there, as can() decides', async () => {
    expect(await councilCan('secretariat')).toMatchObject({
      manageMembers: true,
      administerCases: true,
      manageTerms: true,
      createBoard: true,
    });
    expect(await councilCan('member')).toMatchObject({
      read: true,
      listMembers: true,
      createBoard: true,
      createCase: true,
      createMeeting: true,
      manageMembers: false,
      administerCases: false,
      manageTerms: false,
    });
    expect(await councilCan('guest')).toMatchObject({
      read: true,
      createBoard: false,
      createCase: false,
      createMeeting: false,
      listMembers: false,
    });
    // What the flags say is what the API does.
    const byGuest = await call(t.app, {
      method: 'POST',
      url: `/api/councils/${councilId}/boards`,
      cookie: cookies.guest,
      body: { name: 'ゲストの盤' },
    });
    expect(byGuest.statusCode).toBe(403);
  });

  it('a board says who may edit it, and nobody once it is archived', async () => {
    expect(await boardCan('member')).toEqual({ read: true, edit: true, update: true });
    expect(await boardCan('guest')).toEqual({ read: true, edit: false, update: false });
    const archived = await call(t.app, {
      method: 'PATCH',
      url: `/api/boards/${boardId}`,
      cookie: cookies.member,
      body: { archived: true },
    });
    expect((archived.json() as BoardView).can).toEqual({ read: true, edit: false, update: true });
    expect(await boardCan('secretariat')).toEqual({ read: true, edit: false, update: true });
    const listed = await get(`/api/councils/${councilId}/boards`, cookies.guest);
    expect((listed.json() as BoardView[]).map((b) => b.can.edit)).toEqual([false]);
  });
});
