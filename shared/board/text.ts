// Japanese text normalisation shared by search, CSV header matching and kana validation.
// Users type ｶﾅ, カナ or かな and full- or half-width letters interchangeably; they must match.

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KATAKANA_TO_HIRAGANA = 0x60;

/** NFKC (full/half width), katakana → hiragana, lower case, without white space. */
export function normalizeForSearch(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC').toLowerCase()) {
    const code = char.codePointAt(0) ?? 0;
    out +=
      code >= KATAKANA_START && code <= KATAKANA_END
        ? String.fromCodePoint(code - KATAKANA_TO_HIRAGANA)
        : char;
  }
  return out.replace(/\s+/gu, '');
}

// Hiragana, katakana, the prolonged sound mark, middle dot and spaces: what a reading holds.
const KANA_READING = /^[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u30fb\s]+$/u;

/** Whether a (NFKC-normalised) text is a kana reading. */
export function isKanaReading(text: string): boolean {
  return KANA_READING.test(text.normalize('NFKC'));
}

const LIST_SEPARATORS = /[,、;|\n]+/u;
const WORD_SEPARATORS = /[,、;|\n/・\s]+/u;

/**
 * Splits a list cell on Japanese and ASCII separators. `words` also splits on spaces, slashes
 * and 「・」 (for lists of codes or labels and for search terms), not for free-text tags.
 */
export function splitList(text: string, { words = true } = {}): string[] {
  return text
    .normalize('NFKC')
    .split(words ? WORD_SEPARATORS : LIST_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
