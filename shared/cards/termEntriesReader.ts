// Reading a term's entries repeatedly (every local or remote change) without re-validating all of
// them: a 部会's table of 200 cards has ~4,000 entries, and one keystroke's transaction touches
// one. A change only notes which card and column each touched entry is in (two reads of its
// Y.Map); an entry is validated when its card's columns are asked for, and only if it changed
// since. So opening a term validates only the cards whose rows are drawn, and after an edit every
// other card keeps its `CardColumns` object (and each untouched column its array, each untouched
// entry its object), so memoised rows and cells skip rendering.
import * as Y from 'yjs';
import { CARD_COLUMNS, type CardColumn } from '../domain';
import type { CardEntry } from './cardEntry';
import { type CardColumns, entriesOf, NO_ENTRIES, readCardEntry, sortColumn } from './termDocument';

/** One reading of the term's entries; a new one after every change. */
export type TermEntries = {
  /** A card's entries by column, valid ones only, in order; the same object while unchanged. */
  columnsOf(cardId: string): CardColumns;
  /** The most entries the card has in one column (not validated: for estimating sizes). */
  tallestColumn(cardId: string): number;
};

export type TermEntriesReader = {
  /** The entries now; the same object as last time when nothing changed. */
  read(): TermEntries;
  destroy(): void;
};

type Place = { cardId: string; column: string };
const placeKey = (cardId: string, column: string) => `${cardId} ${column}`;

/** Where an entry says it is, without validating it (a wrong column just fails later). */
function placeOf(entry: unknown): Place | null {
  if (!(entry instanceof Y.Map)) return null;
  const cardId = entry.get('cardId');
  const column = entry.get('column');
  return typeof cardId === 'string' && typeof column === 'string' ? { cardId, column } : null;
}

export function createTermEntriesReader(doc: Y.Doc): TermEntriesReader {
  const map = entriesOf(doc);
  /** Where each entry was when last noted. */
  const places = new Map<string, Place>();
  /** The ids of the entries in each card's column, by `placeKey`. */
  const members = new Map<string, Set<string>>();
  /** Validated entries (a `null` is invalid); dropped when the entry changes. */
  const validated = new Map<string, CardEntry | null>();
  /** Each card's columns as last built, and the columns of it changed since. */
  const built = new Map<string, CardColumns>();
  const stale = new Map<string, Set<string>>();
  const dirty = new Set<string>(map.keys());
  let last: TermEntries | null = null;

  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      // An edit inside an entry has the entry's id as its path; adding or removing an entry is
      // an event on the map itself, naming the keys.
      if (event.path.length > 0) dirty.add(String(event.path[0]));
      else for (const key of (event as Y.YMapEvent<unknown>).keysChanged) dirty.add(key);
    }
    last = null;
  };
  map.observeDeep(observer);

  const markStale = ({ cardId, column }: Place) => {
    const columns = stale.get(cardId) ?? new Set();
    stale.set(cardId, columns.add(column));
  };

  /** Notes where the changed entries are now; validates nothing. */
  const noteChanges = () => {
    for (const id of dirty) {
      validated.delete(id);
      const before = places.get(id);
      if (before) {
        members.get(placeKey(before.cardId, before.column))?.delete(id);
        markStale(before);
        places.delete(id);
      }
      const now = placeOf(map.get(id));
      if (now) {
        const key = placeKey(now.cardId, now.column);
        members.set(key, (members.get(key) ?? new Set()).add(id));
        places.set(id, now);
        markStale(now);
      }
    }
    dirty.clear();
  };

  const validColumn = (cardId: string, column: CardColumn): CardEntry[] => {
    const list: CardEntry[] = [];
    for (const id of members.get(placeKey(cardId, column)) ?? []) {
      let entry = validated.get(id);
      if (entry === undefined) {
        const read = readCardEntry(id, map.get(id));
        entry = read.ok ? read.value : null;
        validated.set(id, entry);
      }
      if (entry) list.push(entry);
    }
    return sortColumn(list);
  };

  const columnsOf = (cardId: string): CardColumns => {
    const previous = built.get(cardId);
    const changed = stale.get(cardId);
    if (previous && !changed) return previous;
    const next = { ...(previous ?? NO_ENTRIES) };
    for (const column of CARD_COLUMNS) {
      if (!previous || changed?.has(column)) next[column] = validColumn(cardId, column);
    }
    stale.delete(cardId);
    const empty = CARD_COLUMNS.every((column) => next[column].length === 0);
    const columns = empty ? NO_ENTRIES : next;
    built.set(cardId, columns);
    return columns;
  };

  const tallestColumn = (cardId: string): number =>
    Math.max(...CARD_COLUMNS.map((column) => members.get(placeKey(cardId, column))?.size ?? 0));

  return {
    read() {
      if (last) return last;
      noteChanges();
      last = { columnsOf, tallestColumn };
      return last;
    },
    destroy() {
      map.unobserveDeep(observer);
    },
  };
}
