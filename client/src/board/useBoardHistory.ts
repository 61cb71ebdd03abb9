import { useEffect, useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { boardScope } from '../../../shared/board/document';

/** The origin of this tab's own edits: only these are undone, never another person's. */
export type LocalOrigin = { readonly local: true };

export type BoardHistory = {
  origin: LocalOrigin;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => boolean;
  redo: () => boolean;
};

export function useBoardHistory(doc: Y.Doc): BoardHistory {
  const origin = useMemo<LocalOrigin>(() => ({ local: true }), [doc]);
  const manager = useMemo(
    () =>
      new Y.UndoManager(boardScope(doc), {
        trackedOrigins: new Set([origin]),
        captureTimeout: 300,
      }),
    [doc, origin],
  );
  useEffect(() => () => manager.destroy(), [manager]);
  const subscribe = useMemo(
    () => (listener: () => void) => {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const event of events) manager.on(event, listener);
      return () => {
        for (const event of events) manager.off(event, listener);
      };
    },
    [manager],
  );
  // Encoded as one number so the snapshot is a stable primitive.
  const stacks = useSyncExternalStore(
    subscribe,
    () => (manager.canUndo() ? 1 : 0) + (manager.canRedo() ? 2 : 0),
  );
  return {
    origin,
    canUndo: (stacks & 1) !== 0,
    canRedo: (stacks & 2) !== 0,
    undo: () => manager.undo() !== null,
    redo: () => manager.redo() !== null,
  };
}
