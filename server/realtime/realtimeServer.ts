import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import { CLOSE, type Close } from '../../shared/realtimeProtocol';
import { loadActor } from '../auth/actor';
import { onSessionsEnded } from '../auth/sessionEnds';
import type { CouncilEvents } from '../councils/events';
import type { Db } from '../db/client';
import { type Actor, can } from '../policies';
import { type DocConnection, openDocConnection } from './docConnection';
import { type DocumentKind, type DocumentResource, documentKinds } from './documentKind';
import { createDocumentRegistry } from './documentRegistry';
import type { DocumentRelay } from './documentRelay';
import type { DocumentStorage } from './documentStorage';
import { DocumentDeletedError } from './errors';
import type { FlushStats } from './groupCommit';
import { idleSessions } from './idleSessions';
import type { RealtimeLimits } from './limits';
import type { LiveDocument } from './liveDocument';
import type { RealtimeLogger } from './logger';
import { addTo, removeFrom } from './multiMap';
import { authenticateUpgrade } from './socketAuth';

// The Yjs document server at ws(s)://HOST/yjs/<documentName> (docs/realtime.md). Access is
// decided on the HTTP upgrade, before the document is loaded; a refused socket is accepted and
// closed at once with a code and reason (the stock provider stops retrying on 44xx codes).

export const YJS_PATH = '/yjs/';

/** What the rest of the server may do to documents, beside serving them to clients. */
export type DocumentHost = {
  /**
   * Deletes a document for good: closes its connections with 4410 "document deleted", refuses
   * new ones, stores what is pending, evicts it without compaction, then deletes its rows, and
   * whatever `alsoDelete` removes (the resource it belongs to), in one transaction. Returns how
   * many log rows were deleted.
   */
  deleteDocument: (name: string, alsoDelete?: (tx: Db) => Promise<void>) => Promise<number>;
  /**
   * Edits a document from the server: loads it if no one has it open, runs `apply(doc)` in one
   * transaction, checks what it touched against the kind's rules (a broken change is undone and
   * this rejects), broadcasts it to every client and stores it like a client's edit. Resolves once
   * the change is stored. Use the feature's shared document functions inside `apply`.
   */
  change: (name: string, apply: (doc: Y.Doc) => void) => Promise<void>;
  /**
   * Reads a document as it is live (loading it if no one has it open) and resolves once
   * everything read is stored, so what the caller acts on cannot be lost.
   */
  read: <T>(name: string, read: (doc: Y.Doc) => T) => Promise<T>;
  /**
   * Re-decides every connection to the document now, as a document-access change does, and
   * resolves once each is closed, read-only or still editing as its user may. An edit received
   * after this resolves comes from a connection still allowed to edit.
   */
  recheckAccess: (name: string) => Promise<void>;
};

export type RealtimeServer = DocumentHost & {
  /** Serves /yjs upgrades of this HTTP server. */
  listen: (server: Server) => void;
  /** Stores everything, then closes every client with 1012 "service restart". */
  close: () => Promise<void>;
  stats: () => { flush: FlushStats; loadedDocuments: number; connections: number };
};

/**
 * Someone without an account who may still open some documents (a meeting's guest by link, whose
 * actor names that meeting only), recognised by a cookie of their own. `can` decides the rest.
 */
export type DocumentGuest = { userId: string; displayName: string; actor: Actor };

type Options = {
  db: Db;
  /** The guest an upgrade request without a session comes from, if any. */
  guests?: (request: IncomingMessage) => Promise<DocumentGuest | undefined>;
  /** Where documents are kept (docStore.ts's `databaseStorage(db)` but in tests). */
  storage: DocumentStorage;
  /** Other processes serving the same documents (several processes on PostgreSQL + Redis). */
  relay?: DocumentRelay;
  logger: RealtimeLogger;
  /** Every kind of document served, as the features define them. */
  kinds: readonly DocumentKind[];
  events: CouncilEvents;
  allowedOrigins: string[] | undefined;
  limits: RealtimeLimits;
  /** How long a session may go unused and still hold documents of kinds that end idle sessions. */
  idleLimitMs: number;
};

export function createRealtimeServer({
  db,
  guests,
  storage,
  relay,
  logger,
  kinds,
  events,
  allowedOrigins,
  limits,
  idleLimitMs,
}: Options): RealtimeServer {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    perMessageDeflate: false,
  });
  const known = documentKinds(kinds);
  const registry = createDocumentRegistry({
    storage,
    relay,
    limits,
    logger,
    rulesOf: (name) => known.kindOf(name)?.rules,
  });
  const idle = idleSessions(db, idleLimitMs);
  const byUser = new Map<string, Set<DocConnection>>();
  const byDoc = new Map<string, Set<DocConnection>>();
  const bySession = new Map<string, Set<DocConnection>>();
  // How to ask again who a connection's person is (a guest from their cookie).
  const actorsAgain = new Map<DocConnection, () => Promise<Actor | null>>();
  // Sockets between upgrade and join count towards the per-user limit too.
  const joiningByUser = new Map<string, number>();
  let closing = false;
  // Bumped on every access change, so a connection decided before one is decided again before it
  // joins (a recheck only sees connections that have joined).
  let accessEpoch = 0;

  const connectionsOf = (userId: string) =>
    (byUser.get(userId)?.size ?? 0) + (joiningByUser.get(userId) ?? 0);
  const addJoining = (userId: string, delta: number) => {
    const next = (joiningByUser.get(userId) ?? 0) + delta;
    if (next > 0) joiningByUser.set(userId, next);
    else joiningByUser.delete(userId);
  };

  const refuse = (
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    close: Close,
    who: { doc?: string; user?: string } = {},
  ) => {
    logger.info(
      { ...who, code: close.code, reason: close.reason },
      'refused a document connection',
    );
    if (socket.destroyed) return;
    wss.handleUpgrade(request, socket, head, (ws) => ws.close(close.code, close.reason));
  };

  const accept = async (
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    docName: string,
  ) => {
    const account = await authenticateUpgrade(db, request, allowedOrigins);
    if (account === 'badOrigin')
      return refuse(request, socket, head, CLOSE.badOrigin, { doc: docName });
    const guest = account === 'unauthenticated' ? await guests?.(request) : undefined;
    const opener = account === 'unauthenticated' ? guest : account;
    if (!opener) return refuse(request, socket, head, CLOSE.unauthenticated, { doc: docName });
    // Undefined for a guest: no session, no idle limit, no audit of their own.
    const user = account === 'unauthenticated' ? undefined : account;
    // A guest is asked again from their cookie: their link may have been revoked or expired.
    const actorAgain = async () =>
      user ? loadActor(db, user.userId) : ((await guests?.(request))?.actor ?? null);
    const who = { doc: docName, user: opener.userId };
    let decidedAt = accessEpoch;
    let actor: Actor | null = opener.actor;
    let resource = await known.resolve(db, docName);
    // Not found and not allowed look the same, so names reveal nothing.
    if (!resource || !can(actor, 'read', resource)) {
      return refuse(request, socket, head, CLOSE.notFound, who);
    }
    const kind = known.kindOf(docName);
    const limited = kind?.endsIdleSessions === true;
    if (limited && (!user || (await idle.refuse(user.session)))) {
      return refuse(request, socket, head, CLOSE.unauthenticated, who);
    }
    if (kind?.admit && (!user || !(await kind.admit(db, resource, user)))) {
      return refuse(request, socket, head, CLOSE.unauthenticated, who);
    }
    if (connectionsOf(opener.userId) >= limits.connectionsPerUser) {
      return refuse(request, socket, head, CLOSE.tooManyConnections, who);
    }
    addJoining(opener.userId, 1);
    try {
      let doc: LiveDocument;
      try {
        doc = await registry.acquire(docName);
      } catch (error) {
        if (error instanceof DocumentDeletedError) {
          return refuse(request, socket, head, error.close, who);
        }
        logger.error({ ...who, err: error }, 'loading a document failed');
        return refuse(request, socket, head, CLOSE.loadFailed, who);
      }
      while (decidedAt !== accessEpoch) {
        decidedAt = accessEpoch;
        [resource, actor] = await Promise.all([known.resolve(db, docName), actorAgain()]);
        if (!resource || !can(actor, 'read', resource)) {
          doc.release();
          return refuse(request, socket, head, CLOSE.notFound, who);
        }
      }
      if (socket.destroyed || closing) {
        doc.release();
        if (closing) refuse(request, socket, head, CLOSE.restart, who);
        return;
      }
      const joiningResource = resource;
      const joiningActor = actor;
      const sessionId = user?.session.id ?? opener.userId;
      let joined = false;
      wss.handleUpgrade(request, socket, head, (ws) => {
        joined = true;
        const connection = openDocConnection({
          socket: ws,
          doc,
          limits,
          logger,
          userId: opener.userId,
          name: opener.displayName,
          sessionId,
          resource: joiningResource,
          canEdit: can(joiningActor, 'edit', joiningResource),
          moderates: kind?.moderates?.(joiningActor, joiningResource) ?? false,
          accepting: () => !closing,
          onEdit: () => {
            if (user) idle.used(sessionId);
          },
          onFirstEdit: () => {
            if (!user) return;
            kind?.firstEdit?.(db, joiningResource, user).catch((error) => {
              logger.error({ ...who, err: error }, 'auditing an edit failed');
            });
          },
          onClose: (c) => {
            release();
            clearTimeout(expiry);
            actorsAgain.delete(c);
            removeFrom(byUser, c.userId, c);
            removeFrom(byDoc, c.docName, c);
            removeFrom(bySession, c.sessionId, c);
          },
        });
        addTo(byUser, opener.userId, connection);
        addTo(byDoc, docName, connection);
        addTo(bySession, sessionId, connection);
        actorsAgain.set(connection, actorAgain);
        const release = user ? idle.hold(sessionId, limited) : () => {};
        // A guest's access ends with their link: the connection closes when it expires.
        const endsAt = opener.actor.meetingGuest?.expiresAt;
        const expiry =
          endsAt === undefined
            ? undefined
            : setTimeout(
                () => connection.close(CLOSE.revoked),
                Math.min(Math.max(0, endsAt - Date.now()), 2 ** 31 - 1),
              );
      });
      // ws completes the handshake synchronously, or aborts it (bad headers, socket gone).
      if (!joined) doc.release();
    } finally {
      addJoining(opener.userId, -1);
    }
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    // Socket.IO handles its own upgrades on the same server.
    if (path.startsWith('/socket.io/')) return;
    socket.on('error', () => socket.destroy());
    if (!path.startsWith(YJS_PATH)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (closing) return refuse(request, socket, head, CLOSE.restart);
    let docName: string;
    try {
      docName = decodeURIComponent(path.slice(YJS_PATH.length));
    } catch {
      return refuse(request, socket, head, CLOSE.notFound);
    }
    accept(request, socket, head, docName).catch((error) => {
      logger.error({ doc: docName, err: error }, 'a document connection failed');
      refuse(request, socket, head, CLOSE.loadFailed, { doc: docName });
    });
  };
  let listening: Server | undefined;

  /** Re-decides open connections with fresh actors (and a fresh resource when given). */
  const recheck = async (
    connections: DocConnection[],
    resource?: () => Promise<DocumentResource | undefined>,
  ) => {
    try {
      const fresh = resource ? await resource() : undefined;
      const actors = new Map<string, Actor | null>();
      for (const connection of connections) {
        let actor = actors.get(connection.userId);
        if (actor === undefined) {
          const again = actorsAgain.get(connection);
          actor = again ? await again() : await loadActor(db, connection.userId);
          actors.set(connection.userId, actor);
        }
        if (resource) {
          if (!fresh) {
            connection.close(CLOSE.revoked);
            continue;
          }
          connection.resource = fresh;
        }
        if (!can(actor, 'read', connection.resource)) connection.close(CLOSE.revoked);
        else {
          connection.setAccess({
            canEdit: can(actor, 'edit', connection.resource),
            moderates:
              known.kindOf(connection.docName)?.moderates?.(actor, connection.resource) ?? false,
          });
        }
      }
    } catch (error) {
      logger.error({ err: error }, 're-checking document access failed; closing those connections');
      for (const connection of connections) connection.close(CLOSE.revoked);
    }
  };
  const recheckDocument = async (docName: string) => {
    accessEpoch++;
    const connections = byDoc.get(docName);
    if (connections) await recheck([...connections], () => known.resolve(db, docName));
  };
  const stopListening = [
    events.onMembershipChanged((_councilId, userId) => {
      accessEpoch++;
      const connections = byUser.get(userId);
      if (connections) void recheck([...connections]);
    }),
    events.onDocumentAccessChanged((docName) => void recheckDocument(docName)),
    // A session that ended takes its sockets with it; a browser that signed in again reconnects
    // with its new session, one signed out is refused on reconnecting (4401).
    onSessionsEnded(db, (sessionIds) => {
      for (const sessionId of sessionIds) {
        for (const connection of [...(bySession.get(sessionId) ?? [])]) {
          connection.close(CLOSE.sessionEnded);
        }
      }
    }),
  ];

  return {
    listen: (server) => {
      listening = server;
      server.on('upgrade', onUpgrade);
    },
    deleteDocument: (name, alsoDelete) => registry.deleteDocument(name, CLOSE.deleted, alsoDelete),
    change: registry.change,
    read: registry.read,
    recheckAccess: recheckDocument,
    close: async () => {
      if (closing) return;
      closing = true;
      listening?.off('upgrade', onUpgrade);
      for (const stop of stopListening) stop();
      idle.stop();
      await registry.shutdown(() => {
        for (const connections of byUser.values()) {
          for (const connection of [...connections]) connection.close(CLOSE.restart);
        }
      });
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
    stats: () => ({
      flush: registry.flushStats(),
      loadedDocuments: registry.loadedCount(),
      connections: [...byUser.values()].reduce((n, s) => n + s.size, 0),
    }),
  };
}
