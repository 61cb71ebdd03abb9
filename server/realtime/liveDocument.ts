import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  applyUpdateOrRevert,
  changeOrRevert,
  type DocumentRules,
  type GuardResult,
  type Writer,
} from '../../shared/documentGuard';
import { CLOSE, type Close } from '../../shared/realtimeProtocol';
import { applyStored } from './docStore';
import type { DocumentRelay, RelayEntry } from './documentRelay';
import type { DocumentStorage, StoredDocument } from './documentStorage';
import { DocumentTooLargeError, InvalidUpdateError } from './errors';
import type { GroupCommitter } from './groupCommit';
import type { RealtimeLimits } from './limits';
import type { RealtimeLogger } from './logger';
import { awarenessMessage, syncUpdateMessage } from './messages';
import { carriedRanges, isIntegrated } from './updateRanges';

// One document held in memory (model: Hocuspocus's Document): its Yjs document and awareness,
// the connections served from it, the broadcast of every change, the writes of those changes
// and their compaction, and when it may be unloaded. The registry (documentRegistry.ts) loads
// and finds these; a connection (docConnection.ts) speaks the protocol to one client of one.

/** What a document needs of a client connection. */
export type DocumentPeer = {
  /** Who writes through this peer, for the rules of owned entries; decided with its access. */
  writer: Writer;
  send: (message: Uint8Array) => void;
  close: (close: Close) => void;
  /** Awareness client ids this peer announced; removed when it leaves. */
  awarenessIds: Set<number>;
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

/** What every loaded document shares: storage, limits, logging, and what to do when it goes. */
export type LiveDocumentContext = {
  storage: DocumentStorage;
  committer: GroupCommitter;
  limits: RealtimeLimits;
  logger: RealtimeLogger;
  /** Called once, when the document is unloaded (idle, failed or deleted). */
  onUnload: (doc: LiveDocument) => void;
  /** Compactions in flight, so shutdown can wait for them. */
  compactions: Set<Promise<void>>;
  /** Other processes serving the same documents (none: this process is the only one). */
  relay?: DocumentRelay;
};

const COMPACT_AFTER_LOAD_MS = 1000;

// Origins of what another process stored: broadcast here, not stored again. An update that also
// integrates structs this document held pending (its own clients', waiting for a dependency)
// emits those too, and they are stored nowhere yet: that one is stored.
const RELAYED = Symbol('relayed');
const RELAYED_RESOLVING = Symbol('relayed, resolving pending structs');

export class LiveDocument {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<DocumentPeer>();
  /** The promise of the last write queued; resolved once it and every earlier one are stored. */
  lastWrite: Promise<void> = Promise.resolve();
  private unloaded = false;
  /** Being deleted: no edits, no compaction, no new connections. */
  private deleting = false;
  /** Connections authorised and waiting to join, so the document is not unloaded under them. */
  private joining = 0;
  private pendingWrites = 0;
  private storedBytes: number;
  /** Rows in the log, stored or being stored: what decides when to compact. */
  private logRows: number;
  /** Ids of the log rows stored so far, whose content the document holds. */
  private storedIds: number[];
  /** The stored snapshot's `throughUpdateId`, to notice a compaction by someone else. */
  private snapshotThrough: number;
  private compacting: Promise<void> | undefined;
  private catchingUp: Promise<void> | undefined;
  private catchUpAgain = false;
  private unfollow: () => void = () => {};

  /**
   * Loads a document from storage. With a relay, follows the document first: what other
   * processes store after the load read it arrives through the relay, so nothing falls between.
   */
  static async load(
    name: string,
    rules: DocumentRules | undefined,
    context: LiveDocumentContext,
  ): Promise<LiveDocument> {
    const { relay } = context;
    if (!relay) return new LiveDocument(name, rules, context, await context.storage.load(name));
    let live: LiveDocument | undefined;
    const early: RelayEntry[] = [];
    const unfollow = await relay.follow(name, (entry) => {
      if (live) live.receive(entry);
      else early.push(entry);
    });
    try {
      live = new LiveDocument(name, rules, context, await context.storage.load(name));
    } catch (error) {
      unfollow();
      throw error;
    }
    live.unfollow = unfollow;
    for (const entry of early) live.receive(entry);
    return live;
  }

  private constructor(
    readonly name: string,
    private readonly rules: DocumentRules | undefined,
    private readonly context: LiveDocumentContext,
    stored: StoredDocument,
  ) {
    applyStored(this.doc, stored.parts);
    this.storedBytes = stored.bytes;
    this.logRows = stored.logRows;
    this.storedIds = stored.logIds;
    this.snapshotThrough = stored.snapshotThrough;
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    // What a transaction changed is exactly what is integrated, so storing it (rather than the
    // message that caused it) keeps the log free of gaps: structs waiting for a missing
    // dependency are stored by the transaction that finally integrates them.
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.broadcast(syncUpdateMessage(update), origin);
      if (origin !== RELAYED) this.store(update);
    });
    this.awareness.on('update', this.onAwareness);
    // A long log is merged, but after the clients waiting for this load are served.
    if (stored.logRows >= context.limits.compactAfterUpdates) {
      setTimeout(() => {
        if (!this.unloaded) this.compact();
      }, COMPACT_AFTER_LOAD_MS).unref();
    }
  }

  /** Whether new connections may be served from this document (false: load it again). */
  get open(): boolean {
    return !this.unloaded && !this.deleting;
  }

  /** Holds the document for a connection that is about to join. */
  hold(): void {
    this.joining++;
  }

  /** Lets go of a hold whose connection never joined. */
  release(): void {
    this.joining--;
    this.unloadIfIdle();
  }

  /** A held connection joins (see `hold`). */
  join(peer: DocumentPeer): void {
    this.joining--;
    this.peers.add(peer);
  }

  leave(peer: DocumentPeer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
    }
    this.unloadIfIdle();
  }

  /**
   * Decodes a client's update whole, then applies it; whatever it changed is broadcast and
   * queued for storage (every change of a loaded document is, whatever its origin, so the stored
   * log always replays to the live document). An update that breaks the document's rules is
   * undone at once (the undo is broadcast and stored after it). Throws MalformedUpdateError
   * (nothing applied), DocumentTooLargeError and InvalidUpdateError.
   */
  applyUpdate(peer: DocumentPeer, update: Uint8Array): AppliedUpdate {
    if (this.storedBytes + update.byteLength > this.context.limits.maxDocumentBytes) {
      throw new DocumentTooLargeError();
    }
    const carried = carriedRanges(update);
    const integrated = () => isIntegrated(this.doc, carried);
    if (this.deleting || (carried.structs.length === 0 && carried.deletes.length === 0)) {
      return { stored: this.lastWrite, changed: false, integrated };
    }
    let changed = false;
    const mark = (_update: Uint8Array, origin: unknown) => {
      if (origin === peer) changed = true;
    };
    this.doc.on('update', mark);
    let check: GuardResult;
    try {
      check = this.rules
        ? applyUpdateOrRevert(this.doc, update, peer, this.rules, peer.writer)
        : applyUnchecked(this.doc, update, peer);
    } finally {
      this.doc.off('update', mark);
    }
    if (!check.ok) {
      this.context.logger.warn(
        { doc: this.name, problems: check.problems, reverted: check.reverted },
        'refused an update',
      );
      if (!check.reverted) throw new InvalidUpdateError();
    }
    return { stored: this.lastWrite, changed, integrated };
  }

  /** A server-side edit through the document's rules (see `DocumentHost.change`). */
  async change(apply: (doc: Y.Doc) => void): Promise<void> {
    if (!this.rules) throw new Error(`${this.name} is of no known document kind`);
    const origin = { server: this.name };
    const check = changeOrRevert(this.doc, origin, this.rules, () =>
      this.doc.transact(() => apply(this.doc), origin),
    );
    if (!check.ok) throw new InvalidUpdateError(JSON.stringify(check.problems));
    await this.lastWrite;
  }

  /**
   * Closes every connection with `close`, refuses edits and new connections, waits for the
   * pending writes, then unloads without compaction (the stored rows are deleted next).
   */
  async close(close: Close): Promise<void> {
    if (this.unloaded) return;
    this.deleting = true;
    this.closePeers(close);
    await this.lastWrite.catch(() => {});
    await this.compacting;
    this.unload();
  }

  /** What another process relayed (see `DocumentRelay`). */
  private receive(entry: RelayEntry): void {
    if (!this.open) return;
    if (entry.kind === 'update') {
      this.applyRelayed([entry.update]);
      this.storedIds.push(entry.id);
      this.storedBytes += entry.update.byteLength;
    } else if (entry.kind === 'awareness') {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, entry.update, RELAYED);
    } else if (entry.kind === 'catchUp') {
      this.catchUp();
    } else {
      void this.close(CLOSE.deleted);
    }
  }

  private applyRelayed(parts: readonly Uint8Array[]): void {
    const { pendingStructs, pendingDs } = this.doc.store;
    const origin = pendingStructs || pendingDs ? RELAYED_RESOLVING : RELAYED;
    this.doc.transact(() => {
      for (const part of parts) Y.applyUpdate(this.doc, part);
    }, origin);
  }

  /**
   * Reads from storage what this document lacks of what other processes stored (the rows it does
   * not hold, and the snapshot if someone compacted since) and applies it: what it already held
   * changes nothing and is not broadcast again. One at a time; one asked for meanwhile runs after.
   */
  private catchUp(): void {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return;
    }
    const known = [...this.storedIds];
    this.catchingUp = this.context.storage
      .missing(this.name, known, this.snapshotThrough)
      .then(
        ({ parts, logIds, snapshotThrough }) => {
          if (!this.open) return;
          this.applyRelayed(parts);
          this.storedIds.push(...logIds);
          this.snapshotThrough = snapshotThrough;
        },
        (error) => this.context.logger.error({ doc: this.name, err: error }, 'catching up failed'),
      )
      .finally(() => {
        this.catchingUp = undefined;
        if (this.catchUpAgain) {
          this.catchUpAgain = false;
          this.catchUp();
        }
      });
  }

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const peer of this.peers) if (peer !== except) peer.send(message);
  }

  private readonly onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...added, ...updated, ...removed];
    const peer = origin as DocumentPeer | undefined;
    if (peer && this.peers.has(peer)) {
      for (const id of added) peer.awarenessIds.add(id);
      for (const id of removed) peer.awarenessIds.delete(id);
    }
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    this.broadcast(awarenessMessage(update), origin);
    if (origin !== RELAYED) this.context.relay?.publishAwareness(this.name, update);
  };

  private store(update: Uint8Array): void {
    this.storedBytes += update.byteLength;
    this.logRows++;
    this.pendingWrites++;
    const stored = this.context.committer.append({ docName: this.name, update }).then((id) => {
      this.storedIds.push(id);
      this.context.relay?.publishUpdate(this.name, id, update);
    });
    this.lastWrite = stored;
    stored.then(
      () => {
        this.pendingWrites--;
        if (this.logRows >= this.context.limits.compactAfterUpdates) this.compact();
        this.unloadIfIdle();
      },
      (error) => {
        this.pendingWrites--;
        this.context.logger.error({ doc: this.name, err: error }, 'storing an update failed');
        this.fail();
      },
    );
  }

  // The snapshot is the document as it is in memory now, which holds every row stored so far, so
  // compaction never reads the log back.
  private compact(): void {
    if (this.compacting || this.deleting) return;
    const bytesAtStart = this.storedBytes;
    const state = Y.encodeStateAsUpdate(this.doc);
    const merged = this.storedIds;
    this.storedIds = [];
    const run = this.context.storage.compact(this.name, state, merged, this.snapshotThrough).then(
      ({ through, bytes }) => {
        this.snapshotThrough = through;
        this.logRows = Math.max(0, this.logRows - merged.length);
        this.storedBytes = bytes + Math.max(0, this.storedBytes - bytesAtStart);
      },
      (error) => {
        this.storedIds = [...merged, ...this.storedIds];
        this.context.logger.error({ doc: this.name, err: error }, 'compaction failed');
      },
    );
    const { compactions } = this.context;
    this.compacting = run.finally(() => {
      this.compacting = undefined;
      compactions.delete(run);
    });
    compactions.add(run);
  }

  private unloadIfIdle(): void {
    if (this.deleting || this.unloaded) return;
    if (this.peers.size > 0 || this.joining > 0 || this.pendingWrites > 0) return;
    if (this.logRows > 0) this.compact();
    this.unload();
  }

  private unload(): void {
    if (this.unloaded) return;
    this.unloaded = true;
    this.unfollow();
    this.context.onUnload(this);
    this.awareness.destroy();
    this.doc.destroy();
  }

  // Storage failed: the clients still hold the edits (unacknowledged), so drop the document and
  // let them reconnect and send them again against what storage really holds.
  private fail(): void {
    if (this.unloaded) return;
    this.closePeers(CLOSE.storageFailed);
    this.unload();
  }

  private closePeers(close: Close): void {
    const peers = [...this.peers];
    this.peers.clear();
    for (const peer of peers) peer.close(close);
  }
}

const applyUnchecked = (doc: Y.Doc, update: Uint8Array, origin: unknown): GuardResult => {
  Y.applyUpdate(doc, update, origin);
  return { ok: true };
};
