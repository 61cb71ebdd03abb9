import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';

describe('safeNext', () => {
  it('keeps a path inside the app', () => {
    expect(safeNext('/join/abc?x=1')).toBe('/join/abc?x=1');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'join', '']) {
      expect(safeNext(next)).toBe('/');
    }
    expect(safeNext(null, '/profile')).toBe('/profile');
  });
});
