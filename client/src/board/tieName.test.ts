import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { type TieWords, tieNamer } from './tieName';

function wordsIn(locale: 'ja' | 'en'): TieWords {
  const i18n = createI18n(locale);
  const t = i18n.getFixedT(locale, 'board');
  const common = i18n.getFixedT(locale);
  return {
    ends: (direction, from, to) => t(`tieName.${direction}`, { from, to }),
    kind: (kind) => t(`tieKinds.${kind}`),
    labelled: (label, value) => common('punctuation.labelled', { label, value }),
  };
}

const names = new Map([
  ['a', 'ひだまり相談室'],
  ['b', 'みどり訪問看護'],
]);

describe('tie names', () => {
  it('names a tie by its ends, its direction and its kind, with the language’s punctuation', () => {
    const ja = tieNamer(wordsIn('ja'), names);
    expect(ja({ from: 'a', to: 'b', kind: 'referral', direction: 'oneWay' })).toBe(
      'ひだまり相談室 → みどり訪問看護：紹介・つなぎ',
    );
    expect(ja({ from: 'b', to: 'a', kind: 'cooperation', direction: 'both' })).toBe(
      'みどり訪問看護 ↔ ひだまり相談室：連携',
    );
    const en = tieNamer(wordsIn('en'), names);
    expect(en({ from: 'a', to: 'b', kind: 'referral', direction: 'oneWay' })).toBe(
      'ひだまり相談室 → みどり訪問看護: Referral',
    );
  });

  it('takes a name as the board has it now', () => {
    const renamed = tieNamer(wordsIn('ja'), new Map([...names, ['a', 'ひだまり']]));
    expect(renamed({ from: 'a', to: 'b', kind: 'contract', direction: 'oneWay' })).toBe(
      'ひだまり → みどり訪問看護：委託・契約',
    );
  });
});
