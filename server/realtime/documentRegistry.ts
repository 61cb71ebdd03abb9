import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  applyUpdateOrRevert,
  type DocumentRules,
  type GuardResult,
} from '../../shared/documentGuard';
import { CLOSE } from '../../shared/realtimeProtocol';
import type { Db } from '../db/client';
import {
  appendUpdates,
  applyStored,
  compactDocument,
  loadDocument,
  storeSnapshot,
} from './docStore';
import { createGroupCommitter, type FlushStats } from './groupCommit';
import type { RealtimeLimits } from './limits';
import { awarenessMessage, syncUpdateMessage } from './messages';

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
  compacting: Promise<void> | undefined;
  unloaded: boolean;
};

const COMPACT_AFTER_LOAD_MS = 1000;

export class DocumentTooLargeError extends Error {}
/** The update wrote outside the document's parts: it cannot be undone, the sender is refused. */
export class InvalidUpdateError extends Error {}

export type DocumentRegistry = {
  /** Loads (or shares the load of) a document and holds it for one joining connection. */
  acquire: (name: string) => Promise<LoadedDocument>;
  /** Lets go of a hold taken by `acquire` whose connection never joined. */
  release: (doc: LoadedDocument) => void;
  join: (doc: LoadedDocument, peer: DocumentPeer) => void;
  leave: (doc: LoadedDocument, peer: DocumentPeer) => void;
  /**
   * Applies a client's update, broadcasts it and queues it for storage. Returns the promise of
   * it being stored, or undefined when there was nothing to store. An update that breaks the
   * document's rules is undone at once (the undo is broadcast and stored after it). Throws on
   * malformed updates (nothing applied), DocumentTooLargeError and InvalidUpdateError.
   */
  applyUpdate: (
    doc: LoadedDocument,
    peer: DocumentPeer,
    update: Uint8Array,
  ) => Promise<void> | undefined;
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
      compacting: undefined,
      unloaded: false,
    };
    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      broadcast(doc, syncUpdateMessage(update), origin);
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
    if (doc.compacting) return;
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

  const unloadIfIdle = (doc: LoadedDocument) => {
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

  return {
    acquire: async (name) => {
      // A document can unload while we wait for its load promise; then load it again.
      for (;;) {
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
        if (doc.unloaded) continue;
        doc.joining++;
        return doc;
      }
    },
    release: (doc) => {
      doc.joining--;
      unloadIfIdle(doc);
    },
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
      if (isEmptyUpdate(update)) return undefined;
      if (doc.storedBytes + update.byteLength > limits.maxDocumentBytes) {
        throw new DocumentTooLargeError();
      }
      const rules = rulesOf(doc.name);
      const check = rules
        ? applyUpdateOrRevert(doc.doc, update, peer, rules)
        : applyUnchecked(doc.doc, update, peer);
      const writes = check.ok || !check.revert ? [update] : [update, check.revert];
      if (!check.ok) {
        console.warn(`refused an update to ${doc.name}`, JSON.stringify(check.problems));
      }
      for (const write of writes) doc.storedBytes += write.byteLength;
      doc.logRows += writes.length;
      doc.pendingWrites++;
      const stored = Promise.all(
        writes.map((write) => committer.append({ docName: doc.name, update: write })),
      ).then((ids) => {
        doc.storedIds.push(...ids);
      });
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
      if (!check.ok && !check.reverted) throw new InvalidUpdateError();
      return stored;
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

/** A Yjs update that changes nothing: no structs, empty delete set. */
const isEmptyUpdate = (update: Uint8Array) =>
  update.byteLength === 2 && update[0] === 0 && update[1] === 0;
