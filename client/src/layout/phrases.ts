// Where Japanese text may break: between phrases (文節), found by BudouX's Japanese model, so
// 「相談支援事業所」 stays whole instead of ending a line at 「相談支援事業」. Headings, buttons
// and short user text go through <Phrases>; long text is left to the browser.
import { jaModel, Parser } from 'budoux';

const parser = new Parser(jaModel);

// Only text with kana or kanji needs the model; English keeps its spaces.
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/u;

// Names and labels repeat (every node of a board, every render); a bounded cache keeps the
// parse to once per text without growing with a long session.
const MAX_CACHED = 2000;
const cache = new Map<string, readonly string[]>();

/** The text cut into phrases; joined they are the text again. */
export function phrasesOf(text: string): readonly string[] {
  if (!JAPANESE.test(text)) return [text];
  const known = cache.get(text);
  if (known) return known;
  const phrases = parser.parse(text);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(text, phrases);
  return phrases;
}
