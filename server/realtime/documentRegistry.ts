import type * as Y from 'yjs';
import type { DocumentRules } from '../../shared/documentGuard';
import type { Close } from '../../shared/realtimeProtocol';
import type { Db } from '../db/client';
import type { DocumentRelay } from './documentRelay';
import type { DocumentStorage } from './documentStorage';
import { DocumentDeletedError } from './errors';
import { createGroupCommitter, type FlushStats } from './groupCommit';
import type { RealtimeLimits } from './limits';
import { LiveDocument } from './liveDocument';
import type { RealtimeLogger } from './logger';

// The documents held in memory, by name: each loaded from storage once however many connections
// ask for it at the same time, and forgotten when it unloads itself (liveDocument.ts).

export type DocumentRegistry = {
  /** Loads (or shares the load of) a document and holds it for one joining connection. */
  acquire: (name: string) => Promise<LiveDocument>;
  /** See `DocumentHost.change`. */
  change: (name: string, apply: (doc: Y.Doc) => void) => Promise<void>;
  /** See `DocumentHost.read`. */
  read: <T>(name: string, read: (doc: Y.Doc) => T) => Promise<T>;
  /**
   * Closes every connection to the document with `close`, refuses new ones, waits for its pending
   * writes, evicts it without compaction, then deletes its stored rows (and whatever `alsoDelete`
   * removes in the same transaction). Returns how many log rows were deleted.
   */
  deleteDocument: (
    name: string,
    close: Close,
    alsoDelete?: (tx: Db) => Promise<void>,
  ) => Promise<number>;
  /** Stores everything pending; `afterDrain` runs once the write acknowledgements went out. */
  shutdown: (afterDrain: () => void) => Promise<void>;
  loadedCount: () => number;
  flushStats: () => FlushStats;
};

type Options = {
  storage: DocumentStorage;
  limits: RealtimeLimits;
  /** The rules of a document's kind, undefined for none (edited unchecked). */
  rulesOf: (docName: string) => DocumentRules | undefined;
  logger: RealtimeLogger;
  /** Other processes serving the same documents, if any (see documentRelay.ts). */
  relay?: DocumentRelay;
};

export function createDocumentRegistry({
  storage,
  limits,
  rulesOf,
  logger,
  relay,
}: Options): DocumentRegistry {
  const loaded = new Map<string, Promise<LiveDocument>>();
  const deleted = new Set<string>();
  const committer = createGroupCommitter(
    storage.append,
    limits.maxRowsPerFlush,
    limits.minFlushIntervalMs,
  );
  const compactions = new Set<Promise<void>>();
  const context = {
    storage,
    committer,
    limits,
    logger,
    compactions,
    relay,
    // A loaded document's entry is its own until it unloads: a new load starts only when there
    // is no entry.
    onUnload: (doc: LiveDocument) => loaded.delete(doc.name),
  };

  const acquire = async (name: string): Promise<LiveDocument> => {
    // A document can unload while we wait for its load promise; then load it again.
    for (;;) {
      if (deleted.has(name)) throw new DocumentDeletedError();
      let loading = loaded.get(name);
      if (!loading) {
        const opening = LiveDocument.load(name, rulesOf(name), context);
        loading = opening;
        loaded.set(name, opening);
        opening.catch(() => {
          if (loaded.get(name) === opening) loaded.delete(name);
        });
      }
      const doc = await loading;
      if (!doc.open) continue;
      doc.hold();
      return doc;
    }
  };

  return {
    acquire,
    change: async (name, apply) => {
      if (!rulesOf(name)) throw new Error(`${name} is of no known document kind`);
      const doc = await acquire(name);
      try {
        await doc.change(apply);
      } finally {
        doc.release();
      }
    },
    read: async (name, read) => {
      const doc = await acquire(name);
      try {
        const value = read(doc.doc);
        await doc.lastWrite;
        return value;
      } finally {
        doc.release();
      }
    },
    deleteDocument: async (name, close, alsoDelete) => {
      deleted.add(name);
      // Other processes close theirs too, so none writes the document back after its rows go.
      relay?.publishDeleted(name);
      const doc = await loaded.get(name)?.catch(() => undefined);
      await doc?.close(close);
      return storage.delete(name, alsoDelete);
    },
    shutdown: async (afterDrain) => {
      await committer.drain();
      // Acknowledgements are sent from promise callbacks; let them run before closing.
      await new Promise((resolve) => setImmediate(resolve));
      afterDrain();
      await Promise.all(compactions);
    },
    loadedCount: () => loaded.size,
    flushStats: committer.stats,
  };
}
