import type { Server, Socket } from 'socket.io';
import {
  type OnlineMember,
  PRESENCE_EVENT,
  PRESENCE_GET,
  type PresenceAck,
  type PresenceUpdate,
  presenceGetPayload,
  TERM_CHANGED_EVENT,
  type TermChanged,
} from '../../shared/realtimeProtocol';
import { loadActor } from '../auth/actor';
import type { CouncilEvents } from '../councils/events';
import type { Db } from '../db/client';
import { type Actor, can } from '../policies';
import { addTo, removeFrom } from '../realtime/multiMap';
import { authenticateUpgrade } from '../realtime/socketAuth';
import { limitEvents } from './eventRateLimit';

// The main namespace of the app's Socket.IO server, for what is not document state: who is online in each council now.
// Authenticated like the Yjs server (session cookie + Origin); every payload validated with zod;
// unknown events answered with an error.

type SocketData = {
  userId: string;
  sessionId: string;
  displayName: string;
  actor: Actor;
  councils: Set<string>;
};
type PresenceSocket = Socket<
  Record<string, never>,
  {
    [PRESENCE_EVENT]: (update: PresenceUpdate) => void;
    [TERM_CHANGED_EVENT]: (change: TermChanged) => void;
  },
  Record<string, never>,
  SocketData
>;

export type PresenceServer = { close: () => Promise<void> };

type Options = {
  io: Server;
  db: Db;
  events: CouncilEvents;
  allowedOrigins: string[] | undefined;
};

const room = (councilId: string) => `council:${councilId}`;
export function createPresenceServer({ io, db, events, allowedOrigins }: Options): PresenceServer {
  // councilId → the sockets present in it; userId → that user's sockets
  const online = new Map<string, Set<PresenceSocket>>();
  const socketsByUser = new Map<string, Set<PresenceSocket>>();

  const membersOf = (councilId: string): OnlineMember[] => {
    const members = new Map<string, OnlineMember>();
    for (const s of online.get(councilId) ?? []) {
      members.set(s.data.userId, { userId: s.data.userId, displayName: s.data.displayName });
    }
    return [...members.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'ja'));
  };

  // `local`: who is online is still counted per process (docs/realtime.md); with several
  // processes, another's list must not overwrite this one's.
  const announce = (councilId: string) =>
    io.local.to(room(councilId)).emit(PRESENCE_EVENT, { councilId, members: membersOf(councilId) });

  const enter = (socket: PresenceSocket, councilId: string) => {
    socket.data.councils.add(councilId);
    socket.join(room(councilId));
    addTo(online, councilId, socket);
    announce(councilId);
  };

  const exit = (socket: PresenceSocket, councilId: string) => {
    socket.data.councils.delete(councilId);
    socket.leave(room(councilId));
    removeFrom(online, councilId, socket);
    announce(councilId);
  };

  /** Joins the rooms the actor may read and leaves the others. */
  const placeIn = (socket: PresenceSocket) => {
    const readable = new Set(
      [...socket.data.actor.roles.keys()].filter((id) =>
        can(socket.data.actor, 'read', { type: 'council', id }),
      ),
    );
    for (const councilId of [...socket.data.councils]) {
      if (!readable.has(councilId)) exit(socket, councilId);
    }
    for (const councilId of readable) {
      if (!socket.data.councils.has(councilId)) enter(socket, councilId);
    }
  };

  io.use((socket, next) => {
    authenticateUpgrade(db, socket.request, allowedOrigins).then(
      (user) => {
        if (typeof user === 'string') return next(new Error(user));
        const { userId, displayName, actor, session } = user;
        socket.data = { userId, sessionId: session.id, displayName, actor, councils: new Set() };
        next();
      },
      () => next(new Error('unavailable')),
    );
  });

  io.on('connection', (socket: PresenceSocket) => {
    limitEvents(socket);
    const { userId } = socket.data;
    addTo(socketsByUser, userId, socket);
    placeIn(socket);

    // A middleware rather than onAny: Socket.IO runs onAny listeners before middlewares, which
    // would let events past the rate limit above.
    socket.use(([event, ...args], next) => {
      if (socket.listeners(event).length > 0) return next();
      const ack = args.at(-1);
      if (typeof ack !== 'function') return;
      const reply = ack as (answer: PresenceAck) => void;
      if (event !== PRESENCE_GET) return reply({ ok: false, error: 'unknown_event' });
      const payload = presenceGetPayload.safeParse(args[0]);
      if (!payload.success || args.length !== 2) {
        return reply({ ok: false, error: 'invalid_payload' });
      }
      const { councilId } = payload.data;
      if (!can(socket.data.actor, 'read', { type: 'council', id: councilId })) {
        return reply({ ok: false, error: 'not_found' });
      }
      reply({ ok: true, members: membersOf(councilId) });
    });

    socket.on('disconnect', () => {
      for (const councilId of [...socket.data.councils]) exit(socket, councilId);
      removeFrom(socketsByUser, userId, socket);
    });
  });

  const stopListening = events.onMembershipChanged((_councilId, userId) => {
    const sockets = socketsByUser.get(userId);
    if (!sockets) return;
    loadActor(db, userId).then(
      (actor) => {
        for (const socket of sockets) {
          socket.data.actor = actor;
          placeIn(socket);
        }
      },
      (error) => {
        console.error('re-checking presence access failed', error);
        for (const socket of sockets) socket.disconnect(true);
      },
    );
  });

  const stopTermChanges = events.onTermChanged((councilId, termId) => {
    // Every process hears the change (server/scale/eventRelay.ts) and tells its own sockets.
    io.local.to(room(councilId)).emit(TERM_CHANGED_EVENT, { councilId, termId });
  });

  return {
    close: async () => {
      stopListening();
      stopTermChanges();
      io.disconnectSockets(true);
    },
  };
}
