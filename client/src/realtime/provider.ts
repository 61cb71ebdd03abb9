import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  isPermanentClose,
  MESSAGE_AUTH,
  MESSAGE_SAVED,
  MESSAGE_SYNC,
  READ_ONLY_REASON,
} from '../../../shared/realtimeProtocol';
import { reconnectDelay } from './backoff';
import type { NetworkState } from './connectionStatus';
import { forgetDocumentStatus, reportDocumentStatus } from './documentStatus';
import { createSaveTracker } from './saveTracker';

// Opens a Yjs document of the realtime server (`board:<id>`, later `case:<id>`, `card:<id>`):
// the stock WebsocketProvider to /yjs/<name>, edits kept in IndexedDB so closing the tab offline
// loses nothing, reconnects with jittered exponential backoff, and the `saved` message driving
// the header's saved indicator.

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
  network: NetworkState;
  /** Set when the server refused for good (signed out, access revoked, not found). */
  closed: { code: number; reason: string } | null;
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

const isUpdateMessage = (data: unknown) => {
  if (!(data instanceof Uint8Array || data instanceof ArrayBuffer)) return false;
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  return bytes[0] === MESSAGE_SYNC && (bytes[1] === 1 || bytes[1] === 2);
};

export function openDocument(name: string, options: OpenDocumentOptions = {}): RealtimeDocument {
  const doc = new Y.Doc();
  const tracker = createSaveTracker();
  const BaseSocket = options.WebSocket ?? WebSocket;
  // Counts the update messages this client sends, the other half of the `saved` handshake.
  class CountingSocket extends BaseSocket {
    override send(data: Parameters<WebSocket['send']>[0]) {
      if (isUpdateMessage(data)) tracker.updateSent();
      super.send(data);
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  let state: DocumentState = {
    synced: false,
    ready: false,
    readOnly: false,
    saved: true,
    network: 'reconnecting',
    closed: null,
  };
  const listeners = new Set<() => void>();
  const update = (next: Partial<DocumentState>) => {
    state = { ...state, ...next, saved: state.readOnly || next.readOnly || tracker.isSaved() };
    // After destroy the provider still reports its own disconnect; that is not news.
    if (!wanted) return;
    reportDocumentStatus(handle, { network: state.network, saved: state.saved });
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
    if (synced) attempt = 0;
    update(synced ? { synced, ready: true } : { synced });
  });
  provider.on('connection-close', (event) => {
    provider.shouldConnect = false;
    if (!wanted) return;
    if (event && isPermanentClose(event.code)) {
      update({ closed: { code: event.code, reason: event.reason }, network: 'offline' });
      return;
    }
    update({ network: 'reconnecting' });
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
