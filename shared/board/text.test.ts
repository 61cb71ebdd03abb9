import { describe, expect, it } from 'vitest';
import { isKanaReading, normalizeForSearch, splitList } from './text';

describe('Japanese text normalisation', () => {
  it('folds katakana, half-width kana, full-width letters and spaces', () => {
    expect(normalizeForSearch('ミドリ ｶﾌｪ　ＡＢＣ１')).toBe('みどりかふぇabc1');
    expect(normalizeForSearch('ヴ')).toBe('ゔ');
  });

  it('tells kana readings from other text', () => {
    expect(isKanaReading('ミドリシ ショウガイシャフクシカ')).toBe(true);
    expect(isKanaReading('ﾐﾄﾞﾘ')).toBe(true);
    expect(isKanaReading('みどり・ケアー')).toBe(true);
    expect(isKanaReading('みどり市')).toBe(false);
    expect(isKanaReading('midori')).toBe(false);
  });

  it('splits lists on Japanese separators, words also on spaces and 「・」', () => {
    expect(splitList('障害・児童、医療; 高齢')).toEqual(['障害', '児童', '医療', '高齢']);
    expect(splitList('居場所、ピア サポート', { words: false })).toEqual([
      '居場所',
      'ピア サポート',
    ]);
    expect(splitList('  ')).toEqual([]);
  });
});
