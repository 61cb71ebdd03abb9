import { describe, expect, it } from 'vitest';
import { annotate, splitByWords } from './dictionary';
import type { Ruby } from './ruby';

const words = new Map([
  ['緑ヶ丘', 'みどりがおか'],
  ['緑ヶ丘支援センター', 'みどりがおかしえんせんたー'],
  ['一人', 'ひとり'],
]);

describe('splitByWords', () => {
  it('cuts the longest word out where several start at one place', () => {
    expect(splitByWords('緑ヶ丘支援センターと緑ヶ丘で一人', words)).toEqual([
      { word: '緑ヶ丘支援センター', reading: 'みどりがおかしえんせんたー' },
      { text: 'と' },
      { word: '緑ヶ丘', reading: 'みどりがおか' },
      { text: 'で' },
      { word: '一人', reading: 'ひとり' },
    ]);
  });

  it('keeps a text without dictionary words whole, surrogate pairs included', () => {
    expect(splitByWords('𠮷田さん', words)).toEqual([{ text: '𠮷田さん' }]);
    expect(splitByWords('', words)).toEqual([]);
  });
});

describe('annotate', () => {
  it("reads the dictionary's words as it says and gives the rest to the analyser", async () => {
    const asked: string[] = [];
    // Records what reaches the analyser; reads every kanji as ？ so the test sees where it went.
    const analyse = async (text: string): Promise<Ruby> => {
      asked.push(text);
      return [...text].map((c) => (/\p{Script=Han}/u.test(c) ? [c, '？'] : c));
    };
    expect(await annotate('一人で緑ヶ丘へ行く', words, analyse)).toEqual([
      ['一人', 'ひとり'],
      'で',
      ['緑ヶ丘', 'みどりがおか'],
      'へ',
      ['行', '？'],
      'く',
    ]);
    expect(asked).toEqual(['で', 'へ行く']);
  });
});
