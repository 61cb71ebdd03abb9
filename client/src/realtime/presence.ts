import { useEffect, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';
import {
  type OnlineMember,
  PRESENCE_EVENT,
  PRESENCE_GET,
  type PresenceAck,
  presenceUpdate,
  TERM_CHANGED_EVENT,
  termChanged,
} from '../../../shared/realtimeProtocol';

// Who is online in a council now, over Socket.IO (/socket.io, same origin, session cookie).
// One socket per tab; the server puts it in the room of every council the user belongs to.

const members = new Map<string, OnlineMember[]>();
const listeners = new Set<() => void>();
let socket: Socket | undefined;
let users = 0;
const EMPTY: OnlineMember[] = [];

function publish(councilId: string, list: OnlineMember[]) {
  members.set(councilId, list);
  for (const listener of listeners) listener();
}

function acquireSocket(): Socket {
  users++;
  if (!socket) {
    // WebSocket only, as the meetings' socket: behind a round-robin balancer (several processes)
    // long-polling's requests would land on a process that does not know the session.
    socket = io({ path: '/socket.io', withCredentials: true, transports: ['websocket'] });
    socket.on(PRESENCE_EVENT, (payload: unknown) => {
      const parsed = presenceUpdate.safeParse(payload);
      if (parsed.success) publish(parsed.data.councilId, parsed.data.members);
    });
  }
  return socket;
}

function releaseSocket() {
  users--;
  if (users === 0 && socket) {
    socket.disconnect();
    socket = undefined;
    members.clear();
  }
}

/** Members of the council with the app open right now, sorted by name. */
export function useOnlineMembers(councilId: string): OnlineMember[] {
  useEffect(() => {
    const s = acquireSocket();
    const ask = () =>
      s.emit(PRESENCE_GET, { councilId }, (ack: PresenceAck) => {
        if (ack.ok) publish(councilId, ack.members);
      });
    s.on('connect', ask);
    if (s.connected) ask();
    return () => {
      s.off('connect', ask);
      releaseSocket();
    };
  }, [councilId]);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => members.get(councilId) ?? EMPTY,
    () => EMPTY,
  );
}

/** Calls `onChange` whenever someone changes the term's subcommittees or cards (rows). */
export function useTermChanges(termId: string, onChange: () => void): void {
  useEffect(() => {
    const s = acquireSocket();
    const listener = (payload: unknown) => {
      const parsed = termChanged.safeParse(payload);
      if (parsed.success && parsed.data.termId === termId) onChange();
    };
    s.on(TERM_CHANGED_EVENT, listener);
    // Changes made while the socket was away are picked up on reconnect.
    s.on('connect', onChange);
    return () => {
      s.off(TERM_CHANGED_EVENT, listener);
      s.off('connect', onChange);
      releaseSocket();
    };
  }, [termId, onChange]);
}
