import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  applyUpdateOrRevert,
  changeOrRevert,
  type DocumentRules,
  type GuardResult,
} from '../../shared/documentGuard';
import { CLOSE } from '../../shared/realtimeProtocol';
import type { Db } from '../db/client';
import {
  appendUpdates,
  applyStored,
  compactDocument,
  deleteStoredDocument,
  loadDocument,
  storeSnapshot,
} from './docStore';
import { DocumentDeletedError, DocumentTooLargeError, InvalidUpdateError } from './errors';
import { createGroupCommitter, type FlushStats } from './groupCommit';
import type { RealtimeLimits } from './limits';
import { awarenessMessage, syncUpdateMessage } from './messages';
import { carriedRanges, isIntegrated } from './updateRanges';

// The documents held in memory, each loaded from the database before anyone is served from it,
// and unloaded when its last client has left and its writes are stored.

/** What the registry needs of a client connection. */
export type DocumentPeer = {
  send: (message: Uint8Array) => void;
  close: (close: { code: number; reason: string }) => void;
  /** Awareness client ids this peer announced; removed when it leaves. */
  awarenessIds: Set<number>;
};

export type LoadedDocument = {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers: Set<DocumentPeer>;
  /** Connections authorised and waiting for the load, so the document is not unloaded. */
  joining: number;
  pendingWrites: number;
  storedBytes: number;
  /** Rows in the log, stored or being stored: what decides when to compact. */
  logRows: number;
  /** Ids of the log rows stored so far, whose content the document holds. */
  storedIds: number[];
  /** The stored snapshot's `throughUpdateId`, to notice a compaction by someone else. */
  snapshotThrough: number;
  /** The promise of the last write queued; resolved once it and every earlier one are stored. */
  lastWrite: Promise<void>;
  compacting: Promise<void> | undefined;
  /** Being deleted: no edits, no compaction, no new connections. */
  deleting: boolean;
  unloaded: boolean;
};

/** What became of a client's update (see `applyUpdate`). */
export type AppliedUpdate = {
  /** Resolves once everything the document holds so far is stored; rejects when storage failed. */
  stored: Promise<void>;
  /** The update changed the document (an empty sync reply or a repeat does not). */
  changed: boolean;
  /**
   * Whether everything the update carries is in the document: false while some of it waits for
   * structs the server does not have (Yjs keeps those pending). Re-evaluated on each call.
   */
  integrated: () => boolean;
};

const COMPACT_AFTER_LOAD_MS = 1000;

export type DocumentRegistry = {
  /** Loads (or shares the load of) a document and holds it for one joining connection. */
  acquire: (name: string) => Promise<LoadedDocument>;
  /** Lets go of a hold taken by `acquire` whose connection never joined. */
  release: (doc: LoadedDocument) => void;
  join: (doc: LoadedDocument, peer: DocumentPeer) => void;
  leave: (doc: LoadedDocument, peer: DocumentPeer) => void;
  /**
   * Decodes a client's update whole, then applies it; whatever it changed is broadcast and
   * queued for storage (every change of a loaded document is, whatever its origin, so the stored
   * log always replays to the live document). An update that breaks the document's rules is
   * undone at once (the undo is broadcast and stored after it). Throws MalformedUpdateError
   * (nothing applied), DocumentTooLargeError and InvalidUpdateError.
   */
  applyUpdate: (doc: LoadedDocument, peer: DocumentPeer, update: Uint8Array) => AppliedUpdate;
  /** See `DocumentHost.change`. */
  change: (name: string, apply: (doc: Y.Doc) => void) => Promise<void>;
  /**
   * Closes every connection to the document with `close`, refuses new ones, waits for its pending
   * writes, evicts it without compaction, then deletes its stored rows (and whatever `alsoDelete`
   * removes in the same transaction). Returns how many log rows were deleted.
   */
  deleteDocument: (
    name: string,
    close: { code: number; reason: string },
    alsoDelete?: (tx: Db) => Promise<void>,
  ) => Promise<number>;
  /** Stores everything pending; `afterDrain` runs once the write acknowledgements went out. */
  shutdown: (afterDrain: () => void) => Promise<void>;
  loadedCount: () => number;
  flushStats: () => FlushStats;
};

export function createDocumentRegistry(
  db: Db,
  limits: RealtimeLimits,
  rulesOf: (docName: string) => DocumentRules | undefined,
): DocumentRegistry {
  const loaded = new Map<string, Promise<LoadedDocument>>();
  const committer = createGroupCommitter((rows) => appendUpdates(db, rows), limits.maxRowsPerFlush);
  const compactions = new Set<Promise<void>>();

  const broadcast = (doc: LoadedDocument, message: Uint8Array, except: unknown) => {
    for (const peer of doc.peers) if (peer !== except) peer.send(message);
  };

  const open = async (name: string): Promise<LoadedDocument> => {
    const stored = await loadDocument(db, name);
    const ydoc = new Y.Doc({ gc: true });
    applyStored(ydoc, stored.parts);
    const awareness = new awarenessProtocol.Awareness(ydoc);
    // The server has no presence of its own.
    awareness.setLocalState(null);
    const doc: LoadedDocument = {
      name,
      doc: ydoc,
      awareness,
      peers: new Set(),
      joining: 0,
      pendingWrites: 0,
      storedBytes: stored.bytes,
      logRows: stored.logRows,
      storedIds: stored.logIds,
      snapshotThrough: stored.snapshotThrough,
      lastWrite: Promise.resolve(),
      compacting: undefined,
      deleting: false,
      unloaded: false,
    };
    // What a transaction changed is exactly what is integrated, so storing it (rather than the
    // message that caused it) keeps the log free of gaps: structs waiting for a missing
    // dependency are stored by the transaction that finally integrates them.
    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      broadcast(doc, syncUpdateMessage(update), origin);
      store(doc, update);
    });
    awareness.on(
      'update',
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        const changed = [...added, ...updated, ...removed];
        const peer = origin as DocumentPeer | undefined;
        if (peer && doc.peers.has(peer)) {
          for (const id of added) peer.awarenessIds.add(id);
          for (const id of removed) peer.awarenessIds.delete(id);
        }
        broadcast(
          doc,
          awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, changed)),
          origin,
        );
      },
    );
    // A long log is merged, but after the clients waiting for this load are served.
    if (stored.logRows >= limits.compactAfterUpdates) {
      setTimeout(() => {
        if (!doc.unloaded) compact(doc);
      }, COMPACT_AFTER_LOAD_MS).unref();
    }
    return doc;
  };

  // The snapshot is the document as it is in memory now, which holds every row stored so far, so
  // compaction never reads the log back. Should another process have compacted meanwhile, the
  // log is merged from the database instead.
  const compact = (doc: LoadedDocument) => {
    if (doc.compacting || doc.deleting) return;
    const bytesAtStart = doc.storedBytes;
    const state = Y.encodeStateAsUpdate(doc.doc);
    const merged = doc.storedIds;
    doc.storedIds = [];
    const store = async (): Promise<{ through: number; bytes: number }> => {
      const result = await storeSnapshot(db, doc.name, state, merged, doc.snapshotThrough);
      return result.stored ? result : compactDocument(db, doc.name);
    };
    const run = store().then(
      ({ through, bytes }) => {
        doc.snapshotThrough = through;
        doc.logRows = Math.max(0, doc.logRows - merged.length);
        doc.storedBytes = bytes + Math.max(0, doc.storedBytes - bytesAtStart);
      },
      (error) => {
        doc.storedIds = [...merged, ...doc.storedIds];
        console.error(`compaction of ${doc.name} failed`, error);
      },
    );
    doc.compacting = run.finally(() => {
      doc.compacting = undefined;
      compactions.delete(run);
    });
    compactions.add(run);
  };

  const store = (doc: LoadedDocument, update: Uint8Array) => {
    doc.storedBytes += update.byteLength;
    doc.logRows++;
    doc.pendingWrites++;
    const stored = committer.append({ docName: doc.name, update }).then((id) => {
      doc.storedIds.push(id);
    });
    doc.lastWrite = stored;
    stored.then(
      () => {
        doc.pendingWrites--;
        if (doc.logRows >= limits.compactAfterUpdates) compact(doc);
        unloadIfIdle(doc);
      },
      (error) => {
        doc.pendingWrites--;
        console.error(`storing an update of ${doc.name} failed`, error);
        fail(doc);
      },
    );
  };

  const unloadIfIdle = (doc: LoadedDocument) => {
    if (doc.deleting) return;
    if (doc.unloaded || doc.peers.size > 0 || doc.joining > 0 || doc.pendingWrites > 0) return;
    if (doc.logRows > 0) compact(doc);
    unload(doc);
  };

  const unload = (doc: LoadedDocument) => {
    if (doc.unloaded) return;
    doc.unloaded = true;
    loaded.delete(doc.name);
    doc.awareness.destroy();
    doc.doc.destroy();
  };

  // Storage failed: the clients still hold the edits (unacknowledged), so drop the document and
  // let them reconnect and send them again against what the database really holds.
  const fail = (doc: LoadedDocument) => {
    if (doc.unloaded) return;
    for (const peer of [...doc.peers]) peer.close(CLOSE.storageFailed);
    doc.peers.clear();
    unload(doc);
  };

  const deleted = new Set<string>();

  const acquire = async (name: string): Promise<LoadedDocument> => {
    // A document can unload while we wait for its load promise; then load it again.
    for (;;) {
      if (deleted.has(name)) throw new DocumentDeletedError();
      let loading = loaded.get(name);
      if (!loading) {
        const opening = open(name);
        loading = opening;
        loaded.set(name, opening);
        opening.catch(() => {
          if (loaded.get(name) === opening) loaded.delete(name);
        });
      }
      const doc = await loading;
      if (doc.unloaded || doc.deleting) continue;
      doc.joining++;
      return doc;
    }
  };

  const release = (doc: LoadedDocument) => {
    doc.joining--;
    unloadIfIdle(doc);
  };

  return {
    acquire,
    release: (doc) => release(doc),
    join: (doc, peer) => {
      doc.joining--;
      doc.peers.add(peer);
    },
    leave: (doc, peer) => {
      if (!doc.peers.delete(peer)) return;
      if (peer.awarenessIds.size > 0) {
        awarenessProtocol.removeAwarenessStates(doc.awareness, [...peer.awarenessIds], null);
      }
      unloadIfIdle(doc);
    },
    applyUpdate: (doc, peer, update) => {
      if (doc.storedBytes + update.byteLength > limits.maxDocumentBytes) {
        throw new DocumentTooLargeError();
      }
      const carried = carriedRanges(update);
      const integrated = () => isIntegrated(doc.doc, carried);
      if (doc.deleting || (carried.structs.length === 0 && carried.deletes.length === 0)) {
        return { stored: doc.lastWrite, changed: false, integrated };
      }
      let changed = false;
      const mark = (_update: Uint8Array, origin: unknown) => {
        if (origin === peer) changed = true;
      };
      doc.doc.on('update', mark);
      let check: GuardResult;
      try {
        const rules = rulesOf(doc.name);
        check = rules
          ? applyUpdateOrRevert(doc.doc, update, peer, rules)
          : applyUnchecked(doc.doc, update, peer);
      } finally {
        doc.doc.off('update', mark);
      }
      if (!check.ok) {
        console.warn(`refused an update to ${doc.name}`, JSON.stringify(check.problems));
        if (!check.reverted) throw new InvalidUpdateError();
      }
      return { stored: doc.lastWrite, changed, integrated };
    },
    change: async (name, apply) => {
      const rules = rulesOf(name);
      if (!rules) throw new Error(`${name} is of no known document kind`);
      const doc = await acquire(name);
      try {
        const origin = { server: name };
        const check = changeOrRevert(doc.doc, origin, rules, () =>
          doc.doc.transact(() => apply(doc.doc), origin),
        );
        if (!check.ok) throw new InvalidUpdateError(JSON.stringify(check.problems));
        await doc.lastWrite;
      } finally {
        release(doc);
      }
    },
    deleteDocument: async (name, close, alsoDelete) => {
      deleted.add(name);
      const doc = await loaded.get(name)?.catch(() => undefined);
      if (doc && !doc.unloaded) {
        doc.deleting = true;
        for (const peer of [...doc.peers]) peer.close(close);
        doc.peers.clear();
        await doc.lastWrite.catch(() => {});
        await doc.compacting;
        unload(doc);
      }
      return deleteStoredDocument(db, name, alsoDelete);
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

const applyUnchecked = (doc: Y.Doc, update: Uint8Array, origin: unknown): GuardResult => {
  Y.applyUpdate(doc, update, origin);
  return { ok: true };
};
