import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVED_PRESETS_MAX, type SavedPresetBody } from '../../shared/board/savedPresets';
import {
  addMember,
  call,
  createTestApp,
  setUpCouncil,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

const roster: SavedPresetBody = {
  name: '相談支援ネットワーク名簿',
  columns: [
    { header: '機関', column: 'name' },
    { header: '連絡先', column: 'phone' },
    { header: '担当者', column: null },
  ],
  defaults: { layer: 'cooperating', fields: ['disability'] },
};

describe.each(TEST_DATABASE_KINDS)('saved import settings (%s)', (kind) => {
  let t: TestApp;
  let secretariat: string;
  let councilId: string;
  let boardId: string;
  let member: string;
  let guest: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ cookie: secretariat, councilId } = await setUpCouncil(t.app));
    member = (await addMember(t.app, secretariat, councilId, 'member', 'p-member@example.jp'))
      .cookie;
    guest = (await addMember(t.app, secretariat, councilId, 'guest', 'p-guest@example.jp')).cookie;
    const board = await call(t.app, {
      method: 'POST',
      url: `/api/councils/${councilId}/boards`,
      cookie: secretariat,
      body: { name: '市全体' },
    });
    boardId = board.json().id;
  });
  afterAll(() => t.close());

  const url = (board = boardId) => `/api/boards/${board}/import-presets`;
  const list = (cookie: string, board = boardId) =>
    call(t.app, { method: 'GET', url: url(board), cookie });
  const save = (cookie: string, body: unknown, board = boardId) =>
    call(t.app, { method: 'POST', url: url(board), cookie, body });

  it('a member saves a mapping; everyone in the council finds it through any of its boards', async () => {
    const saved = await save(member, roster);
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject(roster);
    const other = await call(t.app, {
      method: 'POST',
      url: `/api/councils/${councilId}/boards`,
      cookie: member,
      body: { name: '子ども分野' },
    });
    const seen = await list(guest, other.json().id);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toEqual([saved.json()]);
  });

  it('saving under the same name replaces the setting', async () => {
    const changed = { ...roster, defaults: { layer: 'community' as const } };
    const saved = await save(secretariat, changed);
    expect(saved.statusCode).toBe(201);
    const presets = (await list(member)).json();
    expect(presets).toHaveLength(1);
    expect(presets[0]).toMatchObject({ id: saved.json().id, defaults: { layer: 'community' } });
  });

  it('guests may use settings but not save or remove them; other councils see nothing', async () => {
    expect((await save(guest, { ...roster, name: 'ゲスト' })).statusCode).toBe(403);
    const [preset] = (await list(member)).json();
    const removed = await call(t.app, {
      method: 'DELETE',
      url: `${url()}/${preset.id}`,
      cookie: guest,
    });
    expect(removed.statusCode).toBe(403);
    const outsider = await signInToOtherCouncil(t);
    expect((await list(outsider)).statusCode).toBe(404);
    expect((await save(outsider, roster)).statusCode).toBe(404);
  });

  it('refuses a setting that maps no name column, with the reason', async () => {
    const response = await save(member, {
      ...roster,
      columns: roster.columns.filter((c) => c.column !== 'name'),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid_input' });
    expect(response.json().issues[0].code).toBe('csvNameColumn');
  });

  it(`keeps at most ${SAVED_PRESETS_MAX} per council, and a removed one is gone`, async () => {
    const existing = (await list(member)).json().length;
    for (let i = existing; i < SAVED_PRESETS_MAX; i++) {
      expect((await save(member, { ...roster, name: `名簿${i}` })).statusCode).toBe(201);
    }
    const over = await save(member, { ...roster, name: 'もう一つ' });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toBe('too_many_presets');
    expect((await save(member, roster)).statusCode).toBe(201);
    const [first] = (await list(member)).json();
    const removed = await call(t.app, {
      method: 'DELETE',
      url: `${url()}/${first.id}`,
      cookie: member,
    });
    expect(removed.statusCode).toBe(204);
    expect((await list(member)).json()).toHaveLength(SAVED_PRESETS_MAX - 1);
    expect((await save(member, { ...roster, name: 'もう一つ' })).statusCode).toBe(201);
  });
});
