import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** What a component shows of a document, and which changes can alter it. */
export type DocumentView<T> = {
  /**
   * Makes the reading function for one document, once: a reader may keep what it read last and
   * read again only what changed (the board's and the term's entries do).
   */
  reader: (doc: Y.Doc) => () => T;
  /** Shown while there is no document yet. */
  empty: T;
  /** Calls `changed` when a transaction may have changed what `read` returns. */
  watch: (doc: Y.Doc, changed: () => void) => void;
};

/** A `reader` that reads the whole view each time. */
export function readWith<T>(read: (doc: Y.Doc) => T): DocumentView<T>['reader'] {
  return (doc) => () => read(doc);
}

/** A `watch` over the changes anywhere inside the given types. */
export function deepIn(
  types: (doc: Y.Doc) => readonly { observeDeep: (changed: () => void) => void }[],
): DocumentView<unknown>['watch'] {
  return (doc, changed) => {
    for (const type of types(doc)) type.observeDeep(changed);
  };
}

export type DocumentStore<T> = { subscribe: (listener: () => void) => () => void; get: () => T };

const stores = new WeakMap<Y.Doc, Map<DocumentView<unknown>, DocumentStore<unknown>>>();

/**
 * One store per document and view, shared by the components showing it: a change marks the
 * reading stale, and it is read again once, when next shown (once per transaction at most,
 * however many types it touched), not copied into each component's state.
 */
export function documentStore<T>(doc: Y.Doc, view: DocumentView<T>): DocumentStore<T> {
  let views = stores.get(doc);
  if (!views) {
    views = new Map();
    stores.set(doc, views);
  }
  const existing = views.get(view as DocumentView<unknown>);
  if (existing) return existing as DocumentStore<T>;
  // Made before the watch, so a reader's own observers have marked what changed when it reads.
  const read = view.reader(doc);
  const listeners = new Set<() => void>();
  let current: { value: T } | null = null;
  // Watched for the document's life (it is dropped with the document), so a reading is never
  // older than the document, whether or not a component was showing it at the time.
  view.watch(doc, () => {
    current = null;
    for (const listener of listeners) listener();
  });
  const store: DocumentStore<T> = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => {
      current ??= { value: read() };
      return current.value;
    },
  };
  views.set(view as DocumentView<unknown>, store as DocumentStore<unknown>);
  return store;
}

/** What `view` reads from the live document, read again when the document changes it. */
export function useDocumentStore<T>(doc: Y.Doc | null, view: DocumentView<T>): T {
  const store = doc ? documentStore(doc, view) : null;
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.get ?? (() => view.empty));
}

const noSubscription = () => () => {};
