import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { type CardPlan, readTermPlans } from '../../../shared/cards/planDocument';
import { entriesOf, NO_ENTRIES, termDocName } from '../../../shared/cards/termDocument';
import { createTermEntriesReader, type TermEntries } from '../../../shared/cards/termEntriesReader';
import {
  DOCUMENT_NOT_OPEN,
  type DocumentState,
  openDocument,
  type RealtimeDocument,
} from '../realtime/provider';
import { takeTermDocument } from './earlyTerm';

export type TermDocument = {
  doc: Y.Doc | null;
  awareness: Awareness | null;
  state: DocumentState;
};

/** The term's live cards document `cards:<termId>` (kept in IndexedDB like a board). */
export function useTermDocument(termId: string): TermDocument {
  const [open, setOpen] = useState<RealtimeDocument | null>(null);
  useEffect(() => {
    const opened = takeTermDocument(termId) ?? openDocument(termDocName(termId));
    setOpen(opened);
    return () => {
      opened.destroy();
      setOpen(null);
    };
  }, [termId]);
  const state = useSyncExternalStore(
    (listener) => open?.subscribe(listener) ?? (() => {}),
    () => open?.getState() ?? DOCUMENT_NOT_OPEN,
  );
  return { doc: open?.doc ?? null, awareness: open?.awareness ?? null, state };
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

const NO_PLANS = new Map<string, CardPlan>();

/** Every card's goals and evaluations, re-read when the document changes. */
export function useTermPlans(doc: Y.Doc | null): Map<string, CardPlan> {
  const [plans, setPlans] = useState(NO_PLANS);
  useEffect(() => {
    if (!doc) return setPlans(NO_PLANS);
    const read = () => setPlans(readTermPlans(doc));
    read();
    const maps = [doc.getMap('goals'), doc.getMap('evaluations')];
    for (const map of maps) map.observeDeep(read);
    return () => {
      for (const map of maps) map.unobserveDeep(read);
    };
  }, [doc]);
  return plans;
}
