import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Target } from './servers/child';

// A raw y-protocols client rather than y-websocket's WebsocketProvider: it does the same sync
// step 1/2 + update exchange on a real Y.Doc, but without awareness timers and with the
// framing Hocuspocus needs (document name before every message, an auth message first), so
// the same client drives every server and 200 of them fit in one load process.

const MESSAGE_SYNC = 0;
const HOCUSPOCUS_AUTH = 2;
const HOCUSPOCUS_SYNC_REPLY = 4;

/** Transaction origin of everything the server sent, so observers can tell remote edits. */
export const REMOTE = Symbol('remote');

export type BenchClient = {
  doc: Y.Doc;
  synced: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  close: () => void;
};

/**
 * With `observe` false the client stops applying what the server sends once synced: it still
 * receives every byte (the server's fan-out cost is the same) and its own edits are still valid
 * updates, but the load process is spared a Y.Doc apply per delivery.
 */
export function connectClient(
  target: Target,
  docName: string,
  person: number,
  observe = true,
): BenchClient {
  const hocuspocus = target.protocol === 'hocuspocus';
  const url = hocuspocus ? target.urlPrefix : target.urlPrefix + docName;
  const ws = new WebSocket(url, { headers: target.headers[person % target.headers.length] });
  ws.binaryType = 'nodebuffer';
  const doc = new Y.Doc();

  const startMessage = (type: number) => {
    const encoder = encoding.createEncoder();
    if (hocuspocus) encoding.writeVarString(encoder, docName);
    encoding.writeVarUint(encoder, type);
    return encoder;
  };
  const send = (encoder: encoding.Encoder) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(encoding.toUint8Array(encoder));
  };

  let isSynced = false;
  let markSynced: () => void = () => {};
  const synced = new Promise<void>((resolve) => {
    markSynced = () => {
      isSynced = true;
      resolve();
    };
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  ws.on('error', () => {});

  ws.on('open', () => {
    if (hocuspocus) {
      const auth = startMessage(HOCUSPOCUS_AUTH);
      encoding.writeVarUint(auth, 0);
      encoding.writeVarString(auth, '');
      send(auth);
    }
    const step1 = startMessage(MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(step1, doc);
    send(step1);
  });

  ws.on('message', (data: Buffer) => {
    if (isSynced && !observe) return;
    const decoder = decoding.createDecoder(
      new Uint8Array(data.buffer, data.byteOffset, data.length),
    );
    if (hocuspocus) decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MESSAGE_SYNC && !(hocuspocus && type === HOCUSPOCUS_SYNC_REPLY)) return;
    const reply = startMessage(MESSAGE_SYNC);
    const headerLength = encoding.length(reply);
    const syncType = syncProtocol.readSyncMessage(decoder, reply, doc, REMOTE);
    if (encoding.length(reply) > headerLength) send(reply);
    if (syncType === syncProtocol.messageYjsSyncStep2) markSynced();
  });

  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE) return;
    const message = startMessage(MESSAGE_SYNC);
    syncProtocol.writeUpdate(message, update);
    send(message);
  });

  return {
    doc,
    synced,
    closed,
    close: () => {
      ws.close();
      doc.destroy();
    },
  };
}
