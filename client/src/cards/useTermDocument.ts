import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { type CardPlan, readTermPlans } from '../../../shared/cards/planDocument';
import { entriesOf, NO_ENTRIES, termDocName } from '../../../shared/cards/termDocument';
import { createTermEntriesReader, type TermEntries } from '../../../shared/cards/termEntriesReader';
import type { DocumentState } from '../realtime/provider';
import { type DocumentView, deepIn, useDocumentStore } from '../realtime/useDocumentStore';
import { useRealtimeDocument } from '../realtime/useRealtimeDocument';
import { takeTermDocument } from './earlyTerm';

export type TermDocument = {
  doc: Y.Doc | null;
  awareness: Awareness | null;
  state: DocumentState;
};

/** The term's live cards document `cards:<termId>` (kept in IndexedDB like a board). */
export function useTermDocument(termId: string): TermDocument {
  const { doc, awareness, state } = useRealtimeDocument(termDocName(termId), {
    take: () => takeTermDocument(termId),
  });
  return { doc, awareness, state };
}

type EntriesStore = {
  subscribe: (listener: () => void) => () => void;
  get: () => TermEntries;
};

const NONE: TermEntries = { columnsOf: () => NO_ENTRIES, tallestColumn: () => 0 };
const NO_STORE: EntriesStore = { subscribe: () => () => {}, get: () => NONE };
const stores = new WeakMap<Y.Doc, EntriesStore>();

/**
 * One store per document, shared by every component reading it. A transaction only marks what it
 * touched, and a card's entries are validated when they are shown (termEntriesReader.ts); other
 * cards keep their objects, so the table's memoised rows skip rendering.
 */
function entriesStore(doc: Y.Doc): EntriesStore {
  const existing = stores.get(doc);
  if (existing) return existing;
  // Created before the observer below, so it has marked what changed when listeners read.
  const reader = createTermEntriesReader(doc);
  const listeners = new Set<() => void>();
  entriesOf(doc).observeDeep(() => {
    for (const listener of listeners) listener();
  });
  const store: EntriesStore = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => reader.read(),
  };
  stores.set(doc, store);
  return store;
}

/** The term's entries, by card and column; a new reading only when the document changed. */
export function useTermEntries(doc: Y.Doc | null): TermEntries {
  const store = doc ? entriesStore(doc) : NO_STORE;
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

const plansView: DocumentView<Map<string, CardPlan>> = {
  read: readTermPlans,
  empty: new Map(),
  watch: deepIn((doc) => [doc.getMap('goals'), doc.getMap('evaluations')]),
};

/** Every card's goals and evaluations, read again when the document changes them. */
export function useTermPlans(doc: Y.Doc | null): Map<string, CardPlan> {
  return useDocumentStore(doc, plansView);
}
