import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boards, councils } from '../db/schema';
import {
  call,
  createTestApp,
  SECRETARIAT,
  setUpCouncil,
  TEST_ORIGIN,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// A NUL in a text field was a 500 on PostgreSQL (it cannot store 0x00). The one text schema
// (shared/issues/text.ts) refuses control characters: a 400 that says so, in the request's
// language, and nothing written.
describe.each(TEST_DATABASE_KINDS)('control characters in text fields (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const setup = (councilName: string, language?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/setup',
      headers: { origin: TEST_ORIGIN, ...(language ? { 'accept-language': language } : {}) },
      payload: { ...SECRETARIAT, councilName },
    });

  it('refuses a NUL with a 400 in Japanese by default, in English when asked', async () => {
    const ja = await setup('協議会\u0000');
    expect(ja.statusCode).toBe(400);
    expect(ja.json()).toMatchObject({
      error: 'invalid_input',
      message: expect.stringMatching(/^councilName: 使えない制御文字/),
      issues: [{ path: 'councilName', code: 'controlChars' }],
    });
    const en = await setup('\u0000', 'en-GB,en;q=0.9,ja;q=0.5');
    expect(en.statusCode).toBe(400);
    expect(en.json().message).toMatch(/^councilName: This contains control characters/);
    expect(await t.database.db.select().from(councils)).toEqual([]);
  });

  it('refuses other control characters too, and keeps the limits worded', async () => {
    for (const name of ['a\u0007b', 'tab\there', 'line\nbreak', 'del\u007f', 'c1\u0085']) {
      const response = await setup(name, 'en');
      expect(response.statusCode, JSON.stringify(name)).toBe(400);
      expect(response.json().issues).toEqual([{ path: 'councilName', code: 'controlChars' }]);
    }
    const long = await setup('あ'.repeat(121), 'en');
    expect(long.json()).toMatchObject({
      message: 'councilName: Use at most 120 characters.',
      issues: [{ path: 'councilName', code: 'tooLong', params: { max: 120 } }],
    });
  });

  it('refuses a NUL in a signed-in form (a board name) and stores nothing', async () => {
    const { cookie, councilId } = await setUpCouncil(t.app);
    const response = await call(t.app, {
      method: 'POST',
      url: `/api/councils/${councilId}/boards`,
      cookie,
      body: { name: '地図\u0000' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'name', code: 'controlChars' }]);
    expect(await t.database.db.select().from(boards)).toEqual([]);
  });
});
