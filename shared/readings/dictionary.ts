import { joinPlain, type Ruby, type RubySegment, wordRuby } from './ruby';

// Words whose reading is known better than the analyser knows it: the UI strings' corrections
// (一人 ひとり, not いちにん) and each council's own place and agency names. They are cut out of a
// text before the rest goes to the analyser, longest word first.

export type Readings = ReadonlyMap<string, string>;
type Piece = { text: string } | { word: string; reading: string };

export function splitByWords(text: string, words: Readings): Piece[] {
  const byFirst = new Map<string, string[]>();
  for (const word of words.keys()) {
    if (word === '') continue;
    const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), word]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    const first = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const word = byFirst.get(first)?.find((w) => text.startsWith(w, i));
    if (word === undefined) {
      i += first.length;
      continue;
    }
    if (plainFrom < i) pieces.push({ text: text.slice(plainFrom, i) });
    pieces.push({ word, reading: words.get(word) ?? '' });
    i += word.length;
    plainFrom = i;
  }
  if (plainFrom < text.length) pieces.push({ text: text.slice(plainFrom) });
  return pieces;
}

/** `text` with readings: the dictionary's words as it reads them, the rest as `analyse` does. */
export async function annotate(
  text: string,
  words: Readings,
  analyse: (text: string) => Promise<Ruby>,
): Promise<RubySegment[]> {
  const parts = await Promise.all(
    splitByWords(text, words).map((piece) =>
      'word' in piece ? wordRuby(piece.word, piece.reading) : analyse(piece.text),
    ),
  );
  return joinPlain(parts.flat());
}
