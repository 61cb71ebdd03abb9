// Text with readings (ふりがな) as data: plain runs and [base, reading] pairs, so every side builds
// its own elements (React's <ruby>, a test's check) and no one injects markup.

export type RubySegment = string | readonly [base: string, reading: string];
export type Ruby = readonly RubySegment[];

// ヶ and ヵ are read as part of a name (緑ヶ丘 みどりがおか), so they take the kanji's reading.
const NEEDS_READING = /[\p{Script=Han}ヶヵ]/u;
const NEEDS_READING_RUN = /([\p{Script=Han}ヶヵ]+)/u;

export const needsReading = (text: string): boolean => NEEDS_READING.test(text);

const KATAKANA = /[\u30a1-\u30f6]/g;
export const toHiragana = (kana: string): string =>
  kana.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word and its whole reading as ruby over its kanji only: 取り組み + とりくみ → 取(と)り組(く)み.
 * The kana between the kanji runs anchor the split (as kuroshiro's furigana mode does); when they
 * do not match the reading, the whole word carries it.
 */
export function wordRuby(word: string, reading: string): RubySegment[] {
  if (!needsReading(word)) return [word];
  const hiragana = toHiragana(reading);
  const runs = word.split(NEEDS_READING_RUN).filter((run) => run !== '');
  const pattern = runs
    .map((run) => (needsReading(run) ? '(.+?)' : escapeRegExp(toHiragana(run))))
    .join('');
  const match = new RegExp(`^${pattern}$`, 'u').exec(hiragana);
  if (!match) return [[word, hiragana]];
  let group = 1;
  return runs.map((run) => (needsReading(run) ? [run, match[group++] ?? ''] : run));
}

/** Adjacent plain runs joined, empty ones dropped: one shape for equal texts. */
export function joinPlain(segments: Iterable<RubySegment>): RubySegment[] {
  const out: RubySegment[] = [];
  for (const segment of segments) {
    if (typeof segment === 'string') {
      if (segment === '') continue;
      const last = out.at(-1);
      if (typeof last === 'string') out[out.length - 1] = last + segment;
      else out.push(segment);
    } else out.push(segment);
  }
  return out;
}

/** The text without readings. */
export const baseText = (ruby: Ruby): string =>
  ruby.map((s) => (typeof s === 'string' ? s : s[0])).join('');

/** Whether every character that needs a reading has one. */
export const fullyRead = (ruby: Ruby): boolean =>
  ruby.every((s) => (typeof s === 'string' ? !needsReading(s) : s[1] !== ''));
