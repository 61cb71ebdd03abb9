import type { Server } from 'socket.io';
import { onSessionsEnded } from '../auth/sessionEnds';
import type { Db } from '../db/client';

/** What each namespace keeps on a socket opened with a session (guests have none). */
export type SessionSocketData = { sessionId?: string };

/**
 * Disconnects, in every namespace, the sockets of sessions as they end (sign-out, password
 * change, …), so nothing more reaches them. Returns a function that stops listening.
 */
export function disconnectEndedSessions(io: Server, db: Db): () => void {
  return onSessionsEnded(db, (sessionIds) => {
    for (const namespace of io._nsps.values()) {
      for (const socket of namespace.sockets.values()) {
        const { sessionId } = socket.data as SessionSocketData;
        if (sessionId && sessionIds.has(sessionId)) socket.disconnect(true);
      }
    }
  });
}
