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

describe.each(TEST_DATABASE_KINDS)('boards (%s)', (kind) => {
  let t: TestApp;
  let secretariat: string;
  let councilId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ cookie: secretariat, councilId } = await setUpCouncil(t.app));
  });
  afterAll(() => t.close());

  const create = (name: string, cookie = secretariat) =>
    call(t.app, {
      method: 'POST',
      url: `/api/councils/${councilId}/boards`,
      cookie,
      body: { name },
    });

  it('members create, rename and archive boards; the council lists them', async () => {
    const member = await addMember(t.app, secretariat, councilId, 'member', 'b-member@example.jp');
    const created = await create('市全体ネットワーク', member.cookie);
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const renamed = await call(t.app, {
      method: 'PATCH',
      url: `/api/boards/${id}`,
      cookie: member.cookie,
      body: { name: '子ども分野', archived: true },
    });
    expect(renamed.json()).toMatchObject({ id, name: '子ども分野', archived: true });
    const list = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${councilId}/boards`,
      cookie: secretariat,
    });
    expect(list.json().map((b: { name: string }) => b.name)).toContain('子ども分野');
  });

  it('guests may look but not create or change', async () => {
    const guest = await addMember(t.app, secretariat, councilId, 'guest', 'b-guest@example.jp');
    expect((await create('ゲストのボード', guest.cookie)).statusCode).toBe(403);
    const { id } = (await create('見るだけ')).json();
    expect(
      (await call(t.app, { method: 'GET', url: `/api/boards/${id}`, cookie: guest.cookie }))
        .statusCode,
    ).toBe(200);
    const rename = await call(t.app, {
      method: 'PATCH',
      url: `/api/boards/${id}`,
      cookie: guest.cookie,
      body: { name: 'x' },
    });
    expect(rename.statusCode).toBe(403);
  });

  it("another council's board is indistinguishable from a missing one", async () => {
    const { id } = (await create('非公開')).json();
    const outsider = await signInToOtherCouncil(t);
    const foreign = await call(t.app, {
      method: 'GET',
      url: `/api/boards/${id}`,
      cookie: outsider,
    });
    const missing = await call(t.app, {
      method: 'GET',
      url: '/api/boards/00000000-0000-4000-8000-000000000000',
      cookie: outsider,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    const list = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${councilId}/boards`,
      cookie: outsider,
    });
    expect(list.statusCode).toBe(403);
    const rename = await call(t.app, {
      method: 'PATCH',
      url: `/api/boards/${id}`,
      cookie: outsider,
      body: { name: 'x' },
    });
    expect(rename.statusCode).toBe(404);
    expect((await call(t.app, { method: 'GET', url: `/api/boards/${id}` })).statusCode).toBe(401);
  });
});
