import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type Board, boardScope, readBoard } from '../../../shared/board/document';

// The board as read from its Yjs document: read once per change, shared by every component
// reading the same document, never copied into component state.
export type BoardStore = { subscribe: (listener: () => void) => () => void; get: () => Board };

const stores = new WeakMap<Y.Doc, BoardStore>();

/** The shared store of a document's board (exported for tests). */
export function boardStore(doc: Y.Doc): BoardStore {
  const existing = stores.get(doc);
  if (existing) return existing;
  let board: Board | null = null;
  let previous: Board | null = null;
  const listeners = new Set<() => void>();
  const changed = () => {
    board = null;
    for (const listener of listeners) listener();
  };
  for (const type of boardScope(doc)) type.observeDeep(changed);
  const store: BoardStore = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => {
      board ??= keepUnchanged(previous, readBoard(doc));
      previous = board;
      return board;
    },
  };
  stores.set(doc, store);
  return store;
}

export function useBoard(doc: Y.Doc): Board {
  const store = boardStore(doc);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/**
 * Reuses the previous objects of agencies and ties that did not change, so memoised views (the
 * canvas's nodes) re-render only what an edit touched.
 */
function keepUnchanged(previous: Board | null, next: Board): Board {
  if (!previous) return next;
  const reuse = <T extends { id: string }>(before: readonly T[], after: T[]): T[] => {
    const old = new Map(before.map((item) => [item.id, item]));
    return after.map((item) => {
      const same = old.get(item.id);
      return same && JSON.stringify(same) === JSON.stringify(item) ? same : item;
    });
  };
  return {
    agencies: reuse(previous.agencies, next.agencies),
    ties: reuse(previous.ties, next.ties),
    problems: next.problems,
  };
}
