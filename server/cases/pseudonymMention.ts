import { normalizeForSearch } from '../../shared/board/text';

// Whether a text names the person of a case by their pseudonym, however it is written: with
// zero-width or other invisible characters inside, in full-width or half-width, upper or lower
// case, katakana or hiragana, with punctuation between, and with any honorific in Japanese or
// romanised (「Gさん」 is also 「G様」「Ｇくん」「G-san」).

const HONORIFICS = [
  'さん',
  'さま',
  '様',
  'くん',
  '君',
  'ちゃん',
  '氏',
  '殿',
  'どの',
  'san',
  'sama',
  'kun',
  'chan',
  'shi',
  'dono',
];
const INVISIBLE = /\p{Cf}/gu;
const SEPARATORS = /[\p{P}\p{S}\p{Z}]/gu;
const TRAILING_HONORIFIC = new RegExp(`(${HONORIFICS.join('|')})$`, 'u');

/** The text as the check compares it: only letters and digits, folded. */
export function foldForMention(text: string): string {
  return normalizeForSearch(text.replace(INVISIBLE, '')).replace(SEPARATORS, '');
}

export function mentionsPseudonym(pseudonym: string, text: string): boolean {
  const name = foldForMention(pseudonym);
  const bare = name.replace(TRAILING_HONORIFIC, '') || name;
  const folded = foldForMention(text);
  if (folded.includes(name)) return true;
  // A bare name of two or more characters is distinctive enough on its own; a single letter is
  // caught only with an honorific after it.
  if (bare.length >= 2 && folded.includes(bare)) return true;
  return HONORIFICS.some((honorific) => folded.includes(bare + foldForMention(honorific)));
}
