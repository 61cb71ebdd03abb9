// An entry of a Yjs document's collection (a board's agencies and ties, a case's records, a
// term's card entries): a Y.Map of the entry's fields under its id, so concurrent edits of
// different fields of one entry merge; list fields are plain values, last writer wins.
import * as Y from 'yjs';

export type EntryMap = Y.Map<unknown>;

/** Writes the given keys of an entry, deleting those that are undefined, skipping unchanged. */
export function writeEntry(entry: EntryMap, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) {
    if (key === 'id') continue;
    if (value === undefined) {
      if (entry.has(key)) entry.delete(key);
    } else if (JSON.stringify(entry.get(key)) !== JSON.stringify(value)) {
      entry.set(key, value);
    }
  }
}

/** Adds a new entry holding the values. */
export function insertEntry(
  map: Y.Map<EntryMap>,
  id: string,
  values: Record<string, unknown>,
): void {
  const entry = new Y.Map<unknown>();
  map.set(id, entry);
  writeEntry(entry, values);
}

export const newEntryId = (): string => crypto.randomUUID();
