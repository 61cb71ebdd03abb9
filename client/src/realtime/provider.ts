import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  CLOSE,
  isPermanentClose,
  MESSAGE_AUTH,
  MESSAGE_SAVED,
  READ_ONLY_REASON,
} from '../../../shared/realtimeProtocol';
import { reconnectDelay } from './backoff';
import type { NetworkState, SaveFailure } from './connectionStatus';
import { forgetDocumentStatus, reportDocumentStatus } from './documentStatus';
import { editsIn, outgoingUpdate, PIECE_BYTES } from './outgoingUpdates';
import { createSaveTracker } from './saveTracker';

// Opens a Yjs document of the realtime server (`board:<id>`, later `case:<id>`, `card:<id>`):
// the stock WebsocketProvider to /yjs/<name>, edits kept in IndexedDB so closing the tab offline
// loses nothing, reconnects with jittered exponential backoff, big edits sent in pieces under the
// server's message limit (outgoingUpdates.ts), and the `saved` message driving the header's
// saved indicator: saved only when the server acknowledged every local edit.

export type DocumentState = {
  /** In step with the server right now. */
  synced: boolean;
  /**
   * Holds what there is to show: synced with the server once, or read from the local copy. Stays
   * true through a lost connection, so people keep editing offline.
   */
  ready: boolean;
  readOnly: boolean;
  saved: boolean;
  /** Local edits the server refused or that cannot be sent; kept here until they are saved. */
  failure: SaveFailure | null;
  /**
   * With failure 'readOnly': the edits (Yjs updates) the server did not take before the document
   * turned read-only. They stay in this document and on this device; the page says what they are.
   */
  refusedEdits: Uint8Array[];
  network: NetworkState;
  /** Set when the server refused for good (signed out, access revoked, not found). */
  closed: { code: number; reason: string } | null;
};

/** The state to show before a document is open (a hook's first render). */
export const DOCUMENT_NOT_OPEN: DocumentState = {
  synced: false,
  ready: false,
  readOnly: true,
  saved: true,
  failure: null,
  refusedEdits: [],
  network: 'reconnecting',
  closed: null,
};

export type RealtimeDocument = {
  name: string;
  doc: Y.Doc;
  awareness: Awareness;
  provider: WebsocketProvider;
  getState: () => DocumentState;
  subscribe: (listener: () => void) => () => void;
  destroy: () => void;
};

export type OpenDocumentOptions = {
  /** Defaults to ws(s)://<this host>/yjs. */
  serverUrl?: string;
  WebSocket?: typeof WebSocket;
  /** Keep a copy in IndexedDB (default: when the browser has it). */
  persist?: boolean;
};

/** Closes that refuse what was sent, as opposed to a restart or a lost network. */
const REFUSALS = new Set<number>([
  CLOSE.malformed.code,
  CLOSE.policy.code,
  CLOSE.tooBig.code,
  CLOSE.storageFailed.code,
]);
/** The smallest piece a 1009 from a server with a lower limit can shrink the pieces to. */
const MIN_PIECE_BYTES = 16 * 1024;

export function openDocument(name: string, options: OpenDocumentOptions = {}): RealtimeDocument {
  const doc = new Y.Doc();
  const tracker = createSaveTracker();
  const BaseSocket = options.WebSocket ?? WebSocket;
  let pieceBytes = PIECE_BYTES;
  // Sends update messages in pieces under the limit and counts them: the other half of the
  // `saved` handshake.
  class CountingSocket extends BaseSocket {
    override send(data: Parameters<WebSocket['send']>[0]) {
      const outgoing = outgoingUpdate(data, pieceBytes);
      if (!outgoing) return super.send(data);
      for (const message of outgoing.messages) {
        tracker.updateSent(editsIn(message));
        super.send(message as Uint8Array<ArrayBuffer>);
      }
      if (outgoing.heldBack > 0) tracker.heldBack();
      if (outgoing.step2) tracker.allPendingSent();
      if (outgoing.heldBack > 0) update({ failure: 'tooLarge' });
    }
  }
  const serverUrl =
    options.serverUrl ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/yjs`;
  const provider = new WebsocketProvider(serverUrl, name, doc, {
    connect: false,
    WebSocketPolyfill: CountingSocket,
  });

  // False once destroyed.
  let wanted = true;
  let attempt = 0;
  // Refusals since the last time all was saved: each waits longer, even after a good sync.
  let refusals = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let state: DocumentState = {
    synced: false,
    ready: false,
    readOnly: false,
    saved: true,
    failure: null,
    refusedEdits: [],
    network: 'reconnecting',
    closed: null,
  };
  const listeners = new Set<() => void>();
  const update = (next: Partial<DocumentState>) => {
    const readOnly = next.readOnly ?? state.readOnly;
    // The server acknowledges what it took before it says the document is read-only, so what is
    // unacknowledged then was refused: not saved, and never will be here.
    const refused = readOnly && tracker.hasUnsavedEdits();
    const saved = tracker.isSaved() || (readOnly && !refused);
    // A failure lasts until everything is saved after all (a later connection stored it).
    const failure = saved ? null : refused ? 'readOnly' : (next.failure ?? state.failure);
    if (saved) refusals = 0;
    const refusedEdits = refused ? tracker.unacknowledgedEdits() : [];
    state = { ...state, ...next, saved, failure, refusedEdits };
    // After destroy the provider still reports its own disconnect; that is not news.
    if (!wanted) return;
    reportDocumentStatus(handle, {
      network: state.network,
      saved: state.saved,
      failure: state.failure,
    });
    for (const listener of listeners) listener();
  };

  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    tracker.acknowledged(decoding.readVarUint(decoder));
    update({});
  };
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    const kind = decoding.readVarUint(decoder);
    if (kind === 0 && decoding.readVarString(decoder) === READ_ONLY_REASON) {
      update({ readOnly: true });
    }
  };
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    tracker.localEdit(provider.wsconnected);
    update({});
  });

  // Reconnecting is ours: the stock timer has no jitter, so it is disarmed on every close.
  const connectNow = () => {
    clearTimeout(timer);
    timer = undefined;
    if (wanted && !state.closed && provider.ws === null) provider.connect();
  };
  provider.on('status', ({ status }) => {
    if (status === 'connecting') tracker.socketOpened();
    update({ network: status === 'connected' ? 'online' : 'reconnecting' });
  });
  provider.on('sync', (synced: boolean) => {
    if (synced) attempt = refusals;
    update(synced ? { synced, ready: true } : { synced });
  });
  provider.on('connection-close', (event) => {
    provider.shouldConnect = false;
    if (!wanted) return;
    const refused = event ? isPermanentClose(event.code) || REFUSALS.has(event.code) : false;
    if (event?.code === CLOSE.tooBig.code) pieceBytes = Math.max(MIN_PIECE_BYTES, pieceBytes / 2);
    if (refused) refusals++;
    const failure = refused && !tracker.isSaved() ? ('refused' as const) : null;
    if (event && isPermanentClose(event.code)) {
      update({
        closed: { code: event.code, reason: event.reason },
        network: 'offline',
        ...(failure ? { failure } : {}),
      });
      return;
    }
    update({ network: 'reconnecting', ...(failure ? { failure } : {}) });
    clearTimeout(timer);
    timer = setTimeout(connectNow, reconnectDelay(attempt++));
  });
  const onOnline = () => connectNow();
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);

  const persist = options.persist ?? typeof indexedDB !== 'undefined';
  const persistence = persist ? new IndexeddbPersistence(name, doc) : null;
  // Connect once the local copy is in the document, so sync step 2 carries offline edits.
  (persistence ? persistence.whenSynced.catch(() => undefined) : Promise.resolve()).then(() => {
    if (wanted && doc.store.clients.size > 0) update({ ready: true });
    connectNow();
  });

  const handle: RealtimeDocument = {
    name,
    doc,
    awareness: provider.awareness,
    provider,
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: () => {
      wanted = false;
      clearTimeout(timer);
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
      forgetDocumentStatus(handle);
      provider.destroy();
      persistence?.destroy();
      doc.destroy();
    },
  };
  return handle;
}
