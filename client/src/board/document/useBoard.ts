import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { createBoardReader } from '../../../../shared/board/boardReader';
import { type Board, boardScope } from '../../../../shared/board/document';

// The board as read from its Yjs document: read once per change, shared by every component
// reading the same document, never copied into component state. Only the entries an edit touched
// are read again (boardReader.ts), and unchanged agencies and ties keep their objects, so
// memoised views (the canvas's nodes and ties) re-render only what changed.
export type BoardStore = { subscribe: (listener: () => void) => () => void; get: () => Board };

const stores = new WeakMap<Y.Doc, BoardStore>();

/** The shared store of a document's board (exported for tests). */
export function boardStore(doc: Y.Doc): BoardStore {
  const existing = stores.get(doc);
  if (existing) return existing;
  // Created before the observer below, so it has marked what changed when listeners read.
  const reader = createBoardReader(doc);
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  for (const type of boardScope(doc)) type.observeDeep(changed);
  const store: BoardStore = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => reader.read(),
  };
  stores.set(doc, store);
  return store;
}

export function useBoard(doc: Y.Doc): Board {
  const store = boardStore(doc);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
