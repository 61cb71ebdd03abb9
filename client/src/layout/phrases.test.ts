import { describe, expect, it } from 'vitest';
import { phrasesOf } from './phrases';

describe('phrasesOf', () => {
  it('keeps an agency kind whole and breaks between phrases', () => {
    expect(phrasesOf('相談支援事業所')).toEqual(['相談支援事業所']);
    const heading = phrasesOf('地域自立支援協議会のネットワークボード');
    expect(heading.length).toBeGreaterThan(1);
    expect(heading.join('')).toBe('地域自立支援協議会のネットワークボード');
    expect(heading.some((phrase) => phrase.endsWith('相談支援事業'))).toBe(false);
  });

  it('finds phrases in easy Japanese too', () => {
    expect(phrasesOf('ゲストとして会議に入る').join('|')).toContain('|');
  });

  it('leaves text without Japanese as it is', () => {
    expect(phrasesOf('Raise hand')).toEqual(['Raise hand']);
  });
});
