import { useEffect, useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { boardScope } from '../../../../shared/board/document';

/** The origin of this tab's own edits: only these are undone, never another person's. */
export type LocalOrigin = {
  readonly local: true;
  /** Closes the current undo step, so the next edit is not merged into the one just made. */
  readonly separate: () => void;
  /** Makes every edit `work` makes, over however long it takes, one undo step (an import). */
  readonly oneStep: (work: () => Promise<void>) => Promise<void>;
};

export type BoardHistory = {
  origin: LocalOrigin;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => boolean;
  redo: () => boolean;
};

/** Edits made within this time of each other are one undo step (typing, dragging). */
const CAPTURE_MS = 300;

/** An undo manager for the board that tracks only edits made with the returned origin. */
export function createLocalHistory(doc: Y.Doc): { origin: LocalOrigin; manager: Y.UndoManager } {
  const origin: LocalOrigin = {
    local: true,
    separate: () => manager.stopCapturing(),
    oneStep: async (work) => {
      manager.stopCapturing();
      manager.captureTimeout = Number.POSITIVE_INFINITY;
      try {
        await work();
      } finally {
        manager.captureTimeout = CAPTURE_MS;
        manager.stopCapturing();
      }
    },
  };
  const manager = new Y.UndoManager(boardScope(doc), {
    trackedOrigins: new Set([origin]),
    captureTimeout: CAPTURE_MS,
  });
  return { origin, manager };
}

export function useBoardHistory(doc: Y.Doc): BoardHistory {
  const { origin, manager } = useMemo(() => createLocalHistory(doc), [doc]);
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
