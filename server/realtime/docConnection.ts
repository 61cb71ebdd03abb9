import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import {
  CLOSE,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
} from '../../shared/realtimeProtocol';
import { guardAwarenessUpdate } from './awarenessGuard';
import type { DocumentResource } from './documentKind';
import { RealtimeRefusal } from './errors';
import type { RealtimeLimits } from './limits';
import type { DocumentPeer, LiveDocument } from './liveDocument';
import type { RealtimeLogger } from './logger';
import {
  awarenessMessage,
  readOnlyMessage,
  savedMessage,
  syncStep1Message,
  syncStep2Message,
} from './messages';
import { createTokenBucket } from './tokenBucket';

// One client's WebSocket on one document: the y-websocket protocol, read-only enforcement,
// limits, and the `saved` acknowledgements.

export type DocConnection = DocumentPeer & {
  readonly userId: string;
  /** The name the server knows, stamped on this connection's presence. */
  readonly name: string;
  /** The session it was opened with: it closes when that session ends. */
  readonly sessionId: string;
  readonly docName: string;
  /** The resource as last loaded; replaced when its access changes. */
  resource: DocumentResource;
  /**
   * Decided at connect and when access changes, never per message: whether it may edit, and
   * whether it moderates (may change entries others own).
   */
  setAccess: (access: { canEdit: boolean; moderates: boolean }) => void;
};

type Options = {
  socket: WebSocket;
  doc: LiveDocument;
  limits: RealtimeLimits;
  logger: RealtimeLogger;
  userId: string;
  name: string;
  sessionId: string;
  resource: DocumentResource;
  canEdit: boolean;
  moderates: boolean;
  /** Whether messages are still accepted (false while the server shuts down). */
  accepting: () => boolean;
  onClose: (connection: DocConnection) => void;
  /** Called on each update of this connection that changed the document. */
  onEdit?: () => void;
  /** Called once, on the first update of this connection that changed the document (case audit). */
  onFirstEdit?: () => void;
};

export function openDocConnection(options: Options): DocConnection {
  const { socket, doc, limits, logger, userId } = options;
  let canEdit = options.canEdit;
  let closed = false;
  // Update messages received on this connection, and how many of them are known stored.
  let received = 0;
  let acknowledged = 0;
  let sentAck = 0;
  let edited = false;
  // Update messages not yet wholly in the document (waiting for structs the server lacks): no
  // later message is acknowledged before they are, since `saved(n)` covers the first n.
  let waiting: { count: number; integrated: () => boolean }[] = [];
  const bucket = createTokenBucket(limits.messagesPerSecond, limits.messageBurst);
  const presenceBudget = createTokenBucket(
    limits.awarenessBytesPerSecond,
    limits.awarenessBytesBurst,
  );

  const connection: DocConnection = {
    userId,
    name: options.name,
    sessionId: options.sessionId,
    docName: doc.name,
    resource: options.resource,
    writer: { id: userId, moderates: options.moderates },
    awarenessIds: new Set(),
    send: (message) => {
      if (socket.readyState !== socket.OPEN) return;
      // A client that cannot keep up would hold the server's memory; it resyncs on reconnect.
      if (socket.bufferedAmount > limits.maxBufferedBytes) connection.close(CLOSE.tooSlow);
      else socket.send(message);
    },
    close: ({ code, reason }) => {
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) {
        logger.info({ doc: doc.name, user: userId, code, reason }, 'closed a document connection');
        socket.close(code, reason);
      }
      finish();
    },
    setAccess: ({ canEdit: next, moderates }) => {
      connection.writer = { id: userId, moderates };
      const lost = canEdit && !next;
      canEdit = next;
      // Every edit received before this is acknowledged before the client hears it is read-only,
      // so what it sent and sees unacknowledged then was refused, not merely slow to store.
      if (lost) {
        doc.lastWrite.then(
          () => {
            sendAcknowledgement();
            connection.send(readOnlyMessage());
          },
          () => {},
        );
      }
    },
  };

  const finish = () => {
    if (closed) return;
    closed = true;
    doc.leave(connection);
    options.onClose(connection);
  };

  const sendAcknowledgement = () => {
    if (acknowledged > sentAck) {
      sentAck = acknowledged;
      connection.send(savedMessage(sentAck));
    }
  };

  const acknowledge = (count: number) => {
    if (count <= acknowledged) return;
    acknowledged = count;
    // Many writes land in one flush; one `saved` per connection per flush is enough.
    queueMicrotask(sendAcknowledgement);
  };

  const receiveUpdate = (update: Uint8Array) => {
    if (!canEdit) return;
    const count = ++received;
    const applied = doc.applyUpdate(connection, update);
    if (applied.changed) options.onEdit?.();
    if (applied.changed && !edited) {
      edited = true;
      options.onFirstEdit?.();
    }
    if (!applied.integrated()) {
      waiting.push({ count, integrated: applied.integrated });
      // Our state vector makes the client send everything we lack, the missing part included.
      connection.send(syncStep1Message(doc.doc));
    }
    waiting = waiting.filter((w) => !w.integrated());
    const upTo = (waiting[0]?.count ?? count + 1) - 1;
    applied.stored.then(
      () => acknowledge(upTo),
      () => {},
    );
  };

  const handle = (data: Uint8Array) => {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        connection.send(syncStep2Message(doc.doc, payload));
      } else if (
        syncType === syncProtocol.messageYjsSyncStep2 ||
        syncType === syncProtocol.messageYjsUpdate
      ) {
        receiveUpdate(payload);
      } else {
        throw new Error('unknown sync message');
      }
    } else if (type === MESSAGE_AWARENESS) {
      const update = decoding.readVarUint8Array(decoder);
      // Presence over its own limits is dropped: it must not crowd out anyone's connection.
      if (update.byteLength > limits.maxAwarenessBytes) return;
      if (!presenceBudget.take(update.byteLength)) return;
      const guarded = guardAwarenessUpdate(update, connection, doc.awareness, doc.peers);
      if (guarded) awarenessProtocol.applyAwarenessUpdate(doc.awareness, guarded, connection);
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      connection.send(
        awarenessMessage(
          awarenessProtocol.encodeAwarenessUpdate(doc.awareness, [
            ...doc.awareness.getStates().keys(),
          ]),
        ),
      );
    } else {
      throw new Error('unknown message type');
    }
  };

  socket.binaryType = 'nodebuffer';
  socket.on('message', (data: Buffer, isBinary: boolean) => {
    if (closed || !options.accepting()) return;
    if (!isBinary) return connection.close(CLOSE.unsupportedData);
    if (!bucket.take()) return connection.close(CLOSE.policy);
    try {
      handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      // Anything that does not decode is malformed, whatever the decoder threw.
      connection.close(error instanceof RealtimeRefusal ? error.close : CLOSE.malformed);
    }
  });
  socket.on('close', (code: number) => {
    if (!closed) logger.debug({ doc: doc.name, user: userId, code }, 'client left a document');
    finish();
  });
  socket.on('error', () => connection.close(CLOSE.malformed));

  doc.join(connection);
  connection.send(syncStep1Message(doc.doc));
  if (!canEdit) connection.send(readOnlyMessage());
  const states = doc.awareness.getStates();
  if (states.size > 0) {
    connection.send(
      awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(doc.awareness, [...states.keys()])),
    );
  }
  return connection;
}
