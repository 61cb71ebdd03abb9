import type * as Y from 'yjs';
import { agenciesOf } from '../shared/board/documentLayout';
import { type EntryMap, insertEntry } from '../shared/document/entries';

// The benchmark's edits are board edits: each key is an agency and its value the agency's notes.
// Our server checks every update against the board's rules, so it is measured doing that work,
// and every server receives the same bytes. The layout functions are used directly (no zod on
// the load side), so the load process stays as light as a raw Y.Map client.

/** Sets the notes of the agencies `key` (each created on first write), in one transaction. */
export function writeNotes(doc: Y.Doc, notes: Iterable<[key: string, value: string]>): void {
  const agencies = agenciesOf(doc);
  doc.transact(() => {
    for (const [key, value] of notes) {
      const entry = agencies.get(key);
      if (entry) entry.set('notes', value);
      else
        insertEntry(agencies, key, {
          name: key,
          layer: 'core',
          fields: ['disability'],
          notes: value,
        });
    }
  });
}

export const notesOf = (doc: Y.Doc, key: string): string | undefined =>
  agenciesOf(doc).get(key)?.get('notes') as string | undefined;

/** Every agency's notes. */
export function allNotes(doc: Y.Doc): string[] {
  return [...agenciesOf(doc).values()].map((entry: EntryMap) => String(entry.get('notes') ?? ''));
}

/** Calls `changed` with the keys whose notes a transaction from `origin` changed. */
export function observeNotes(doc: Y.Doc, origin: unknown, changed: (keys: string[]) => void): void {
  agenciesOf(doc).observeDeep((events, transaction) => {
    if (transaction.origin !== origin) return;
    const keys = new Set<string>();
    for (const event of events) {
      if (event.path.length > 0) keys.add(String(event.path[0]));
      else for (const key of (event as Y.YMapEvent<unknown>).keysChanged) keys.add(key);
    }
    changed([...keys]);
  });
}
