import { describe, expect, it } from 'vitest';
import { EASY_COMPLETE_GROUPS, easyJapaneseProblems } from './easyJapanese';
import ja from './ja.json';
import jaEasy from './ja-easy.json';
import { entriesOf, type Tree } from './translationTree';

const easy = new Map(entriesOf(jaEasy as Tree));
const japanese = new Map(entriesOf(ja as Tree));

describe('easyJapaneseProblems', () => {
  it('finds runs of four or more kanji, 々 included, but not three', () => {
    expect(easyJapaneseProblems('相談支援事業所に行きます。')).toEqual([
      { kind: 'kanjiRun', run: '相談支援事業所' },
    ]);
    expect(easyJapaneseProblems('人々会議をします。')).toEqual([
      { kind: 'kanjiRun', run: '人々会議' },
    ]);
    expect(easyJapaneseProblems('協議会に入ります。')).toEqual([]);
  });

  it('finds a sentence longer than 40 characters, each sentence on its own', () => {
    const long = `${'あ'.repeat(41)}。`;
    expect(easyJapaneseProblems(long)).toEqual([
      { kind: 'longSentence', sentence: long, length: 42 },
    ]);
    expect(easyJapaneseProblems(`${'あ'.repeat(39)}。${'い'.repeat(39)}。`)).toEqual([]);
  });

  it('counts a placeholder as a short word, whatever its name', () => {
    expect(
      easyJapaneseProblems(`{{averyveryverylongplaceholdername}}${'あ'.repeat(37)}。`),
    ).toEqual([]);
  });
});

describe('ja-easy.json', () => {
  it.each([...easy])('%s keeps the rules of やさしい日本語', (_key, text) => {
    expect(easyJapaneseProblems(text)).toEqual([]);
  });

  it('writes every text of the easy screens', () => {
    const missing = [...japanese.keys()].filter(
      (key) => EASY_COMPLETE_GROUPS.some((group) => key.startsWith(`${group}.`)) && !easy.has(key),
    );
    expect(missing).toEqual([]);
  });
});
