import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin';

describe('origin check', () => {
  const host = { host: 'localhost:3000' };

  it('accepts exactly the origin of the server the request was sent to', () => {
    expect(isAllowedOrigin({ ...host, origin: 'http://localhost:3000' }, undefined)).toBe(true);
    expect(
      isAllowedOrigin({ host: 'tsunagu.local', origin: 'http://tsunagu.local' }, undefined),
    ).toBe(true);
  });

  it('refuses another scheme, a differently written scheme, port or host', () => {
    for (const origin of [
      'https://localhost:3000',
      'HTTP://localhost:3000',
      'ws://localhost:3000',
      'http://localhost:3001',
      'http://localhost',
      'http://LOCALHOST:3000',
      'http://localhost:3000/',
      'http://evil.example',
      'null',
    ]) {
      expect(isAllowedOrigin({ ...host, origin }, undefined), origin).toBe(false);
    }
  });

  it('with PUBLIC_ORIGIN, accepts only the listed origins, exactly', () => {
    const allowed = ['https://tsunagu.example.jp'];
    expect(isAllowedOrigin({ origin: 'https://tsunagu.example.jp' }, allowed)).toBe(true);
    expect(isAllowedOrigin({ origin: 'http://tsunagu.example.jp' }, allowed)).toBe(false);
    expect(isAllowedOrigin({ origin: 'HTTPS://tsunagu.example.jp' }, allowed)).toBe(false);
    expect(isAllowedOrigin({ origin: 'https://tsunagu.example.jp:8443' }, allowed)).toBe(false);
  });

  it('refuses a request without Origin or Host', () => {
    expect(isAllowedOrigin(host, undefined)).toBe(false);
    expect(isAllowedOrigin({ origin: 'http://localhost:3000' }, undefined)).toBe(false);
  });
});
