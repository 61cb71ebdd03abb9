// やさしい日本語: the rules its texts keep, after the public guideline for plain Japanese
// (在留支援のためのやさしい日本語ガイドライン): short sentences, one idea each, no long kanji
// compounds. ja-easy.json is checked against them by easyJapanese.test.ts.

/** The groups of ja.json written in full in ja-easy.json: the screens a guest or self-advocate meets. */
export const EASY_COMPLETE_GROUPS = [
  'app',
  'nav',
  'language',
  'textSize',
  'common',
  'signIn',
  'join',
  'cards.statuses',
  'meetings.status',
  'meetings.links',
  'meetings.timer',
  'meetings.hands',
  'meetings.connection',
  'meetings.reactions',
  'meetings.summon.sections',
  'meetings.summon.layouts',
] as const;

export const MAX_KANJI_RUN = 3;
export const MAX_SENTENCE_LENGTH = 40;

// 々 repeats the kanji before it, so it lengthens a run like any kanji.
const KANJI_RUN = /[\u3400-\u4dbf\u4e00-\u9fff々〆ヶ]{4,}/gu;
// A placeholder's value is data (a name, a title); it counts as a short word.
const PLACEHOLDER = /\{\{\w+\}\}/g;

export type EasyProblem =
  | { kind: 'kanjiRun'; run: string }
  | { kind: 'longSentence'; sentence: string; length: number };

/** What in one text breaks the rules; empty when it keeps them. */
export function easyJapaneseProblems(text: string): EasyProblem[] {
  const plain = text.replace(PLACEHOLDER, '〇〇');
  const runs = [...plain.matchAll(KANJI_RUN)].map(
    (m) => ({ kind: 'kanjiRun', run: m[0] }) as const,
  );
  const sentences = plain
    .split(/(?<=[。！？!?])|\n/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => [...sentence].length > MAX_SENTENCE_LENGTH)
    .map((sentence) => ({ kind: 'longSentence', sentence, length: [...sentence].length }) as const);
  return [...runs, ...sentences];
}
