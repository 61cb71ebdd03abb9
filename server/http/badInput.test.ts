import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councils, users } from '../db/schema';
import { call, createTestApp, TEST_ORIGIN, type TestApp } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

describe.each(TEST_DATABASE_KINDS)('bad input gets a clear 4xx and writes nothing (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const post = (payload: string, contentType = 'application/json') =>
    t.app.inject({
      method: 'POST',
      url: '/api/setup',
      headers: { origin: TEST_ORIGIN, 'content-type': contentType },
      payload,
    });

  const valid = {
    councilName: '協議会',
    displayName: '事務局',
    email: 'a@example.jp',
    password: 'long enough pw',
  };

  it.each([
    ['malformed JSON', '{"councilName": "x",', 400, /JSON/i],
    ['missing fields', JSON.stringify({ councilName: '協議会' }), 400, /email/],
    ['wrong types', JSON.stringify({ ...valid, password: 12345678901 }), 400, /password/],
    ['an invalid email', JSON.stringify({ ...valid, email: 'not-an-email' }), 400, /email/],
    ['a short password', JSON.stringify({ ...valid, password: 'short' }), 400, /password/],
    [
      'an empty name after trimming',
      JSON.stringify({ ...valid, councilName: '   ' }),
      400,
      /councilName/,
    ],
    [
      'an oversized body',
      JSON.stringify({ ...valid, councilName: 'あ'.repeat(300_000) }),
      413,
      /large/i,
    ],
  ])('%s', async (_what, payload, status, message) => {
    const response = await post(payload);
    expect(response.statusCode).toBe(status);
    const body = response.json();
    expect(body.error).toEqual(expect.any(String));
    expect(body.message).toMatch(message);
  });

  it('a wrong content type', async () => {
    const response = await post('councilName=x', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
  });

  it('wrote nothing', async () => {
    expect(await t.database.db.select().from(councils)).toEqual([]);
    expect(await t.database.db.select().from(users)).toEqual([]);
  });

  it('an invalid id in the path', async () => {
    const response = await call(t.app, { method: 'GET', url: '/api/boards/not-a-uuid' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/boardId/);
  });

  it('an unknown API route is a JSON 404', async () => {
    const response = await call(t.app, { method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toBe('not_found');
  });

  it('health and OpenAPI', async () => {
    expect((await call(t.app, { method: 'GET', url: '/api/health' })).json()).toMatchObject({
      ok: true,
    });
    const openapi = (await call(t.app, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(openapi.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        '/api/setup',
        '/api/auth/sign-in',
        '/api/councils/{councilId}/invitations',
      ]),
    );
  });

  it('limits sign-in attempts per IP address', async () => {
    const limited = await createTestApp('pglite', { AUTH_RATE_LIMIT: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await call(limited.app, {
          method: 'POST',
          url: '/api/auth/sign-in',
          body: { email: `x${i}@example.jp`, password: 'whatever' },
        });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
