import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../testing/testApp';

// The API is limited per address (600 requests a minute); the client's own files are not, so a
// page that loads its code in pieces, reloaded often, never locks anyone out of the API.

describe('request rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t?.close());

  it('counts API requests, not the client’s files', async () => {
    for (let i = 0; i < 650; i++) {
      const page = await call(t.app, { method: 'GET', url: `/assets/page-${i}.js` });
      expect(page.statusCode).not.toBe(429);
    }
    const codes: number[] = [];
    for (let i = 0; i < 601; i++) {
      codes.push((await call(t.app, { method: 'GET', url: '/api/status' })).statusCode);
    }
    expect(codes.slice(0, 600).every((code) => code === 200)).toBe(true);
    expect(codes[600]).toBe(429);
  });
});
