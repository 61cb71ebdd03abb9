import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terms } from '../db/schema';
import {
  addMember,
  call,
  createTestApp,
  setUpCouncil,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

describe.each(TEST_DATABASE_KINDS)('terms, subcommittees and cards (%s)', (kind) => {
  let t: TestApp;
  let secretariat: string;
  let member: string;
  let guest: string;
  let councilId: string;
  let termId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ cookie: secretariat, councilId } = await setUpCouncil(t.app));
    member = (await addMember(t.app, secretariat, councilId, 'member', 'c-member@example.jp'))
      .cookie;
    guest = (await addMember(t.app, secretariat, councilId, 'guest', 'c-guest@example.jp')).cookie;
    const listed = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${councilId}/terms`,
      cookie: member,
    });
    termId = listed.json()[0].id;
  });
  afterAll(() => t.close());

  const post = (url: string, body: unknown, cookie = secretariat) =>
    call(t.app, { method: 'POST', url, cookie, body });

  it('a council starts with its first term, current and editable by members', async () => {
    const listed = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${councilId}/terms`,
      cookie: member,
    });
    expect(listed.json()).toEqual([
      expect.objectContaining({
        name: '第1期',
        current: true,
        closedAt: null,
        can: { edit: true, manage: false, report: true },
      }),
    ]);
  });

  it('the secretariat opens a term and its 部会; members add cards; the term lists them', async () => {
    const term = await post(`/api/councils/${councilId}/terms`, {
      name: '第10期（令和7〜8年度）',
      startsOn: '2025-04-01',
      endsOn: '2027-03-31',
    });
    expect(term.statusCode).toBe(201);
    const tenth = term.json().id as string;
    const sub = await post(`/api/terms/${tenth}/subcommittees`, {
      name: '相談支援ネットワーク部会',
      purpose: '相談支援体制の課題を整理する',
    });
    expect(sub.statusCode).toBe(201);
    const card = await post(
      `/api/terms/${tenth}/cards`,
      {
        subcommitteeId: sub.json().id,
        code: 'A',
        title: '誰もがゆるやかにつながれる居場所づくり',
        fields: ['disability', 'child'],
      },
      member,
    );
    expect(card.statusCode).toBe(201);
    expect(card.json()).toMatchObject({
      code: 'A',
      status: 'raised',
      fields: ['disability', 'child'],
    });
    const contents = await call(t.app, {
      method: 'GET',
      url: `/api/terms/${tenth}`,
      cookie: guest,
    });
    expect(contents.json()).toMatchObject({
      term: { name: '第10期（令和7〜8年度）', can: { edit: false, manage: false, report: false } },
      subcommittees: [{ name: '相談支援ネットワーク部会' }],
      cards: [{ title: '誰もがゆるやかにつながれる居場所づくり' }],
    });
  });

  it('guests may not add cards; members may not open terms or 部会', async () => {
    expect(
      (await post(`/api/terms/${termId}/cards`, { subcommitteeId: null, title: 'x' }, guest))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await post(
          `/api/councils/${councilId}/terms`,
          { name: '第2期', startsOn: '2030-04-01', endsOn: '2032-03-31' },
          member,
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await post(`/api/terms/${termId}/subcommittees`, { name: '当事者部会' }, member)).statusCode,
    ).toBe(403);
  });

  it('refuses bad input: a term ending before it starts, a 部会 of another term', async () => {
    const backwards = await post(`/api/councils/${councilId}/terms`, {
      name: '逆',
      startsOn: '2030-04-01',
      endsOn: '2029-03-31',
    });
    expect(backwards.statusCode).toBe(400);
    const other = await post(`/api/councils/${councilId}/terms`, {
      name: '別の期',
      startsOn: '2040-04-01',
      endsOn: '2042-03-31',
    });
    const sub = await post(`/api/terms/${other.json().id}/subcommittees`, { name: '別の部会' });
    const card = await post(`/api/terms/${termId}/cards`, {
      subcommitteeId: sub.json().id,
      title: '混ざった課題',
    });
    expect(card.statusCode).toBe(400);
  });

  it('a closed term is readable but refuses changes with a clear message', async () => {
    const term = await post(`/api/councils/${councilId}/terms`, {
      name: '第9期',
      startsOn: '2023-04-01',
      endsOn: '2025-03-31',
    });
    const closedId = term.json().id as string;
    const card = await post(`/api/terms/${closedId}/cards`, {
      subcommitteeId: null,
      title: '前期の課題',
    });
    await t.database.db.update(terms).set({ closedAt: new Date() }).where(eq(terms.id, closedId));
    const refused = await post(`/api/terms/${closedId}/cards`, {
      subcommitteeId: null,
      title: 'x',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: 'term_closed' });
    const patch = await call(t.app, {
      method: 'PATCH',
      url: `/api/cards/${card.json().id}`,
      cookie: secretariat,
      body: { title: '変更' },
    });
    expect(patch.json()).toMatchObject({ error: 'term_closed' });
    const read = await call(t.app, {
      method: 'GET',
      url: `/api/terms/${closedId}`,
      cookie: member,
    });
    expect(read.json()).toMatchObject({
      term: { can: { edit: false, report: true } },
      cards: [{ title: '前期の課題' }],
    });
  });

  it("another council's term is indistinguishable from a missing one", async () => {
    const outsider = await signInToOtherCouncil(t);
    const foreign = await call(t.app, {
      method: 'GET',
      url: `/api/terms/${termId}`,
      cookie: outsider,
    });
    expect(foreign.statusCode).toBe(404);
    const write = await post(
      `/api/terms/${termId}/cards`,
      { subcommitteeId: null, title: 'x' },
      outsider,
    );
    expect(write.statusCode).toBe(404);
  });

  it('the secretariat names a 部会 chair and members from the council; nobody else may', async () => {
    const term = await post(`/api/councils/${councilId}/terms`, {
      name: '第11期',
      startsOn: '2031-04-01',
      endsOn: '2033-03-31',
    });
    const sub = await post(`/api/terms/${term.json().id}/subcommittees`, { name: '当事者部会' });
    const url = `/api/subcommittees/${sub.json().id}`;
    const patch = (body: unknown, cookie = secretariat) =>
      call(t.app, { method: 'PATCH', url, cookie, body });
    const people = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${councilId}/members`,
      cookie: secretariat,
    });
    const idOf = (name: string) =>
      people.json().find((p: { displayName: string }) => p.displayName === name).userId as string;
    const memberId = idOf('c-member');
    const guestId = idOf('c-guest');

    const named = await patch({ chairId: memberId, memberIds: [memberId, guestId, memberId] });
    expect(named.statusCode).toBe(200);
    expect(named.json()).toMatchObject({
      chair: { userId: memberId, displayName: 'c-member' },
      members: [
        { userId: memberId, displayName: 'c-member' },
        { userId: guestId, displayName: 'c-guest' },
      ],
    });
    // Everyone who reads the term sees who sits on it, guests too.
    const read = await call(t.app, {
      method: 'GET',
      url: `/api/terms/${term.json().id}`,
      cookie: guest,
    });
    expect(read.json().subcommittees[0]).toMatchObject({ chair: { displayName: 'c-member' } });

    expect((await patch({ memberIds: [] }, member)).statusCode).toBe(403);
    expect((await patch({ chairId: null }, guest)).statusCode).toBe(403);
    const outsider = await signInToOtherCouncil(t);
    const outsiderId = (
      await call(t.app, { method: 'GET', url: '/api/me', cookie: outsider })
    ).json().user.id as string;
    expect((await patch({ memberIds: [] }, outsider)).statusCode).toBe(404);
    const stranger = await patch({ chairId: outsiderId });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error).toBe('not_council_member');
    expect((await patch({ memberIds: [memberId, outsiderId] })).statusCode).toBe(400);
    expect(
      (await post(`/api/terms/${term.json().id}/subcommittees`, { name: 'x', chairId: outsiderId }))
        .statusCode,
    ).toBe(400);

    const cleared = await patch({ chairId: null, memberIds: [guestId] });
    expect(cleared.json()).toMatchObject({ chair: null, members: [{ displayName: 'c-guest' }] });
  });
});
