import { describe, expect, it } from 'vitest';
import { languageOf } from './requestLanguage';

describe('languageOf', () => {
  it('takes the first of our languages by q order, Japanese when none is asked for', () => {
    expect(languageOf('en-GB,en;q=0.9,ja;q=0.5')).toBe('en');
    expect(languageOf('fr;q=0.9,ja;q=0.3,en;q=0.8')).toBe('en');
    expect(languageOf('fr')).toBe('ja');
    expect(languageOf(undefined)).toBe('ja');
  });

  // The client sends ja for やさしい日本語 (client/src/i18n/i18n.ts languageTag); a caller that
  // names it gets the Japanese texts, the nearest the server has.
  it('answers a request for ja-easy in Japanese', () => {
    expect(languageOf('ja-easy')).toBe('ja');
    expect(languageOf('ja-easy,en;q=0.5')).toBe('ja');
  });
});
