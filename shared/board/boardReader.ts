// Reading a live board repeatedly (every remote change) without re-validating all of it: only
// the entries changed since the last read are parsed again, and unchanged agencies and ties keep
// their object identity, so memoised views (React Flow nodes) skip them.
import type * as Y from 'yjs';
import type { Result } from '../issues/fieldIssue';
import type { Agency } from './agency';
import { assembleBoard, type Board } from './document';
import { agenciesOf, readAgencyEntry, readTieEntry, tiesOf } from './documentLayout';
import type { Tie } from './tie';

export type BoardReader = {
  /** The current board; the same object as last time when nothing changed. */
  read(): Board;
  destroy(): void;
};

type Cache<T> = { results: Map<string, Result<T>>; dirty: Set<string> };

function cachedReader<T>(cache: Cache<T>, read: (id: string, entry: unknown) => Result<T>) {
  return (id: string, entry: unknown): Result<T> => {
    const cached = cache.results.get(id);
    if (cached && !cache.dirty.has(id)) return cached;
    const result = read(id, entry);
    cache.results.set(id, result);
    return result;
  };
}

/** Drops results of entries that are gone and clears the dirty marks (after a read). */
function forgetRemoved(cache: Cache<unknown>, map: { has(id: string): boolean }): void {
  for (const id of cache.dirty) if (!map.has(id)) cache.results.delete(id);
  cache.dirty.clear();
}

export function createBoardReader(doc: Y.Doc): BoardReader {
  const agencies: Cache<Agency> = { results: new Map(), dirty: new Set() };
  const ties: Cache<Tie> = { results: new Map(), dirty: new Set() };
  let last: Board | null = null;
  const observe = (cache: Cache<unknown>) => (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      const keys =
        event.path.length > 0
          ? [String(event.path[0])]
          : [...(event as Y.YMapEvent<unknown>).keysChanged];
      for (const key of keys) cache.dirty.add(key);
    }
    last = null;
  };
  const onAgencies = observe(agencies as Cache<unknown>);
  const onTies = observe(ties as Cache<unknown>);
  agenciesOf(doc).observeDeep(onAgencies);
  tiesOf(doc).observeDeep(onTies);
  return {
    read() {
      if (last) return last;
      last = assembleBoard(
        doc,
        cachedReader(agencies, readAgencyEntry),
        cachedReader(ties, readTieEntry),
      );
      forgetRemoved(agencies as Cache<unknown>, agenciesOf(doc));
      forgetRemoved(ties as Cache<unknown>, tiesOf(doc));
      return last;
    },
    destroy() {
      agenciesOf(doc).unobserveDeep(onAgencies);
      tiesOf(doc).unobserveDeep(onTies);
    },
  };
}
