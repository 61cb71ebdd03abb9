import corrections from '../../shared/readings/corrections.json' with { type: 'json' };
import { annotate, type Readings } from '../../shared/readings/dictionary';
import type { Ruby } from '../../shared/readings/ruby';
import { type Analyse, analyser } from './analyser';

// User text with readings, for the ふりがな of titles, notes and names. The analyser's reading of
// a piece of text never changes, so it is kept (the most recently used ones, up to `cacheSize`):
// a meeting's notes are asked for by every guest, and again after each edit of one of them.
// The council's words are cut out first (with the words the analyser is known to misread, which
// the UI strings' readings correct too: 一人 ひとり), so a change to them applies at once.

export type Annotate = (texts: readonly string[], words: Readings) => Promise<Ruby[]>;

export function createAnnotator({
  cacheSize = 5000,
  load = analyser,
}: {
  cacheSize?: number;
  load?: () => Promise<Analyse>;
} = {}): Annotate {
  const cache = new Map<string, Ruby>();
  const cached: Analyse = async (text) => {
    const known = cache.get(text);
    if (known) {
      // Re-inserted: a Map iterates in insertion order, so the oldest used goes first.
      cache.delete(text);
      cache.set(text, known);
      return known;
    }
    const ruby = await (await load())(text);
    cache.set(text, ruby);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return ruby;
  };
  return (texts, councilWords) => {
    const words = new Map([...Object.entries(corrections.words), ...councilWords]);
    return Promise.all(texts.map((text) => annotate(text, words, cached)));
  };
}
