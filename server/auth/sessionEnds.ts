import type { Db } from '../db/client';

// When sessions end (sign-out, sign-out everywhere, a new sign-in, a password change, the case
// idle limit), the sockets opened with them must close too: a cookie refused over HTTP must not
// keep a WebSocket that still receives and saves. Every way of ending a session goes through
// sessions.ts, which announces it here; the realtime and Socket.IO servers listen. The channel
// is per database, so that several servers in one process (tests) hear only their own.

type Listener = (sessionIds: ReadonlySet<string>) => void;
const channels = new WeakMap<Db, Set<Listener>>();

export function announceSessionsEnded(db: Db, sessionIds: readonly string[]): void {
  if (sessionIds.length === 0) return;
  const ended = new Set(sessionIds);
  for (const listener of channels.get(db) ?? []) listener(ended);
}

/** Calls `listener` with the ids of sessions of this database as they end; returns an unsubscribe. */
export function onSessionsEnded(db: Db, listener: Listener): () => void {
  let listeners = channels.get(db);
  if (!listeners) {
    listeners = new Set();
    channels.set(db, listeners);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
