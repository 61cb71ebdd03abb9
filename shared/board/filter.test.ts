import { describe, expect, it } from 'vitest';
import { agencySchema } from './agency';
import { areasOf, filterAgencies, isFilterActive } from './filter';
import { cafe, shisetsu, soudan } from './testBoard';

const agencies = [soudan, shisetsu, cafe].map((a) => agencySchema.parse(a));

describe('agency filter', () => {
  it('matches any value within a condition and all conditions together', () => {
    expect(filterAgencies(agencies, { fields: ['child', 'elderly'] })).toEqual(['kikan', 'cafe']);
    expect(filterAgencies(agencies, { layers: ['core'], supportNeeds: ['physical'] })).toEqual([
      'shisetsu',
    ]);
    expect(filterAgencies(agencies, { hubFunctions: ['emergency'], outOfHours: true })).toEqual([
      'shisetsu',
    ]);
    expect(filterAgencies(agencies, { areas: ['南台'], formal: false })).toEqual(['cafe']);
    expect(filterAgencies(agencies, { hubRegistered: true })).toEqual([]);
    expect(filterAgencies(agencies, {})).toHaveLength(3);
  });

  it('finds kana readings whether typed in hiragana, katakana or half-width katakana', () => {
    expect(filterAgencies(agencies, { text: 'そうだん' })).toEqual(['kikan']);
    expect(filterAgencies(agencies, { text: 'ミドリノサト' })).toEqual(['shisetsu']);
    expect(filterAgencies(agencies, { text: 'ﾋﾀﾞﾏﾘ' })).toEqual(['cafe']);
    expect(filterAgencies(agencies, { text: 'カフェ' })).toEqual(['cafe']);
  });

  it('searches notes and tags, needs every term, and folds full-width letters', () => {
    expect(filterAgencies(agencies, { text: 'ｼｮｰﾄｽﾃｲ' })).toEqual(['shisetsu']);
    expect(filterAgencies(agencies, { text: '水曜　居場所' })).toEqual(['cafe']);
    expect(filterAgencies(agencies, { text: '水曜 ショートステイ' })).toEqual([]);
    expect(filterAgencies(agencies, { text: '１０時' })).toEqual(['cafe']);
  });

  it('tells whether a filter restricts anything and lists the areas', () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ fields: [], text: ' ' })).toBe(false);
    expect(isFilterActive({ outOfHours: false })).toBe(false);
    expect(isFilterActive({ outOfHours: true })).toBe(true);
    expect(isFilterActive({ formal: false })).toBe(true);
    expect(isFilterActive({ layers: ['core'] })).toBe(true);
    expect(areasOf(agencies)).toEqual(
      ['中央', '北町', '南台'].sort((a, b) => a.localeCompare(b, 'ja')),
    );
  });
});
