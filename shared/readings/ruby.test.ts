import { describe, expect, it } from 'vitest';
import { baseText, fullyRead, joinPlain, needsReading, toHiragana, wordRuby } from './ruby';

describe('wordRuby', () => {
  it('puts the reading over the kanji runs only, split at the kana between them', () => {
    expect(wordRuby('取り組み', 'トリクミ')).toEqual([['取', 'と'], 'り', ['組', 'く'], 'み']);
    expect(wordRuby('行く', 'いく')).toEqual([['行', 'い'], 'く']);
    expect(wordRuby('相談', 'ソウダン')).toEqual([['相談', 'そうだん']]);
  });

  it('reads ヶ and 々 with the kanji around them', () => {
    expect(wordRuby('緑ヶ丘', 'みどりがおか')).toEqual([['緑ヶ丘', 'みどりがおか']]);
    expect(wordRuby('人々', 'ひとびと')).toEqual([['人々', 'ひとびと']]);
  });

  it('gives the whole word the reading when its kana do not match it', () => {
    expect(wordRuby('見出し', 'みいだす')).toEqual([['見出し', 'みいだす']]);
  });

  it('leaves a word without kanji as it is', () => {
    expect(wordRuby('ふりがな', 'フリガナ')).toEqual(['ふりがな']);
    expect(wordRuby('Tsunagu', '')).toEqual(['Tsunagu']);
  });

  it('takes a word with regular-expression characters literally', () => {
    expect(wordRuby('(株)山', '(かぶ)やま')).toEqual(['(', ['株', 'かぶ'], ')', ['山', 'やま']]);
  });
});

describe('segments', () => {
  it('joins plain runs and drops empty ones', () => {
    expect(joinPlain(['あ', '', 'い', ['字', 'じ'], 'う', 'え'])).toEqual([
      'あい',
      ['字', 'じ'],
      'うえ',
    ]);
  });

  it('gives back the text and says whether every kanji is read', () => {
    const ruby = ['第', ['期', 'き']] as const;
    expect(baseText(ruby)).toBe('第期');
    expect(fullyRead(ruby)).toBe(false);
    expect(fullyRead([['第', 'だい'], '10', ['期', 'き']])).toBe(true);
    expect(fullyRead([['第', '']])).toBe(false);
  });

  it('knows kanji from kana, Latin and digits', () => {
    expect(['漢', '々', 'ヶ', '𠮷'].every(needsReading)).toBe(true);
    expect(['か', 'カ', 'A', '1', '＃'].some(needsReading)).toBe(false);
    expect(toHiragana('カタカナ・ヴ')).toBe('かたかな・ゔ');
  });
});
