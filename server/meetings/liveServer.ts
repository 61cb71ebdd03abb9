import type { IncomingMessage } from 'node:http';
import type { Namespace, Server, Socket } from 'socket.io';
import type { Present } from '../../shared/meeting/breakouts';
import {
  type ClockAck,
  type CommandAck,
  commandPayload,
  type JoinAck,
  joinPayload,
  type LiveSnapshot,
  MEETING_ATTENDED,
  MEETING_CHANGED,
  MEETING_CLOCK,
  MEETING_COMMAND,
  MEETING_JOIN,
  MEETING_NAMESPACE,
  MEETING_PRIVATE_NOTE,
  MEETING_REACT,
  MEETING_REACTION,
  MEETING_ROSTER,
  MEETING_STATE,
  type MeetingError,
  type PrivateNotesAck,
  privateNotePayload,
  type Reaction,
  type RosterAck,
  reactPayload,
  rosterPayload,
} from '../../shared/meeting/liveProtocol';
import { commandRole, type LiveState } from '../../shared/meeting/liveState';
import { loadActor } from '../auth/actor';
import type { CouncilEvents } from '../councils/events';
import type { Db } from '../db/client';
import { type Actor, can } from '../policies';
import type { DocumentHost } from '../realtime/realtimeServer';
import { authenticateUpgrade } from '../realtime/socketAuth';
import { EVENT_RATE_LIMIT, type EventRateLimit, limitEvents } from '../socket/eventRateLimit';
import { attendedAnnouncer } from './attendedAnnouncer';
import { attendeeRecorder } from './attendees';
import { guestFromCookies } from './guests';
import { createLiveMeetings } from './liveMeetings';
import { dropPrivateNote, keepPrivateNote, ownPrivateNotes } from './privateNotes';
import { type MeetingRow, meetingResource } from './store';

// Live meetings on the /meetings namespace: people join a meeting's room, send commands, and
// everyone in the room gets the new state. Every payload is checked with zod, every command with
// can(), and each socket may send only so many events a second.

type SocketData = {
  userId: string;
  /** The signed-in person's session; guests have none. */
  sessionId?: string;
  participantId: string;
  displayName: string;
  actor: Actor;
  /**
   * The joined meetings this person may steer: decided where the socket is, read by the process
   * that starts small groups (another process gets this data, not the actor's roles).
   */
  steering: string[];
};
type MeetingSocket = Socket<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  SocketData
>;

export type MeetingLiveServer = { close: () => Promise<void> };

type Options = {
  io: Server;
  db: Db;
  /** The note wall's documents, which a reveal writes to. */
  documents: DocumentHost;
  events: CouncilEvents;
  allowedOrigins: string[] | undefined;
  rate?: EventRateLimit;
  /** Several processes serve meetings (REDIS_URL): the state is read and changed in PostgreSQL. */
  shared?: boolean;
};

const room = (meetingId: string) => `meeting:${meetingId}`;

export function createMeetingLiveServer({
  io,
  db,
  documents,
  events,
  allowedOrigins,
  rate = EVENT_RATE_LIMIT,
  shared = false,
}: Options): MeetingLiveServer {
  const nsp: Namespace = io.of(MEETING_NAMESPACE);
  const live = createLiveMeetings(db, documents, { shared });
  const recordAttendee = attendeeRecorder(db);
  const attended = attendedAnnouncer((meetingId) =>
    nsp.to(room(meetingId)).emit(MEETING_ATTENDED, { meetingId }),
  );

  const snapshot = (meetingId: string, state: LiveState): LiveSnapshot => ({
    meetingId,
    state,
    serverNow: Date.now(),
  });

  // A signed-in person, or else a guest of one meeting by the guest cookie.
  const identify = async (request: IncomingMessage): Promise<SocketData | string> => {
    const user = await authenticateUpgrade(db, request, allowedOrigins);
    if (typeof user !== 'string') {
      const { userId, displayName, actor, session } = user;
      const sessionId = session.id;
      return { userId, sessionId, participantId: userId, displayName, actor, steering: [] };
    }
    if (user !== 'unauthenticated') return user;
    const guest = await guestFromCookies(db, request.headers.cookie);
    if (!guest) return user;
    const { actor, displayName } = guest;
    const { userId } = actor;
    return { userId, participantId: userId, displayName, actor, steering: [] };
  };

  nsp.use((socket, next) => {
    identify(socket.request).then(
      (identity) => {
        if (typeof identity === 'string') return next(new Error(identity));
        socket.data = identity;
        next();
      },
      () => next(new Error('unavailable')),
    );
  });

  const join = async (socket: MeetingSocket, payload: unknown): Promise<JoinAck> => {
    const parsed = joinPayload.safeParse(payload);
    if (!parsed.success) return { ok: false, error: 'invalid_payload' };
    const { meetingId } = parsed.data;
    const meeting = await live.get(meetingId);
    const { actor } = socket.data;
    // Not found and not allowed look the same.
    if (!meeting || !can(actor, 'read', meetingResource(meeting.row))) {
      return { ok: false, error: 'not_found' };
    }
    await socket.join(room(meetingId));
    decideSteering(socket, meeting.row);
    // Who came, for the minutes: only while the meeting is open (reading it later is not attending).
    if (!meeting.row.closedAt) {
      const { participantId, displayName } = socket.data;
      const kind = actor.meetingGuest ? 'guest' : 'member';
      if (await recordAttendee(meetingId, { participantId, kind, displayName })) {
        attended.newcomer(meetingId);
      }
    }
    return {
      ok: true,
      snapshot: snapshot(meetingId, meeting.state),
      participantId: socket.data.participantId,
      displayName: socket.data.displayName,
      canFacilitate: can(actor, 'facilitate', meetingResource(meeting.row)),
      ballot: meeting.ballots.get(socket.data.participantId)?.choices ?? null,
      privateNotes: meeting.state.privateNotes
        ? await ownPrivateNotes(db, meetingId, socket.data.participantId)
        : [],
    };
  };

  // A note of a private round goes to the server only; the ack gives the sender their own notes.
  const keepPrivate = async (socket: MeetingSocket, payload: unknown): Promise<PrivateNotesAck> => {
    const parsed = privateNotePayload.safeParse(payload);
    if (!parsed.success) return { ok: false, error: 'invalid_payload' };
    const change = parsed.data;
    const { meetingId } = change;
    if (!socket.rooms.has(room(meetingId))) return { ok: false, error: 'not_joined' };
    const { actor, participantId, displayName } = socket.data;
    const answer = await live.inTurn(meetingId, async (meeting, db): Promise<PrivateNotesAck> => {
      if (!can(actor, 'addNote', meetingResource(meeting.row))) {
        return { ok: false, error: 'forbidden' };
      }
      if (!meeting.state.privateNotes) return { ok: false, error: 'no_private_notes' };
      if (change.op === 'remove') await dropPrivateNote(db, meetingId, participantId, change.id);
      else if (
        !(await keepPrivateNote(db, meetingId, { participantId, name: displayName }, change.note))
      ) {
        return { ok: false, error: 'too_many_notes' };
      }
      return { ok: true, notes: await ownPrivateNotes(db, meetingId, participantId) };
    });
    return answer ?? { ok: false, error: 'not_found' };
  };

  const decideSteering = (socket: MeetingSocket, row: MeetingRow) => {
    const others = socket.data.steering.filter((id) => id !== row.id);
    const steers = can(socket.data.actor, 'facilitate', meetingResource(row));
    socket.data.steering = steers ? [...others, row.id] : others;
  };

  // Everyone with a socket in the meeting's room, once each (a person may have two tabs open),
  // on every process: the adapter asks the others over Redis when there are several.
  const present = async (row: MeetingRow): Promise<Present[]> => {
    const people = new Map<string, Present>();
    for (const { data } of await nsp.in(room(row.id)).fetchSockets()) {
      const { participantId, displayName, steering } = data as SocketData;
      if (people.has(participantId)) continue;
      const steers = steering.includes(row.id);
      people.set(participantId, { participantId, name: displayName, steers });
    }
    return [...people.values()];
  };

  const roster = async (socket: MeetingSocket, payload: unknown): Promise<RosterAck> => {
    const parsed = rosterPayload.safeParse(payload);
    if (!parsed.success) return { ok: false, error: 'invalid_payload' };
    const { meetingId } = parsed.data;
    if (!socket.rooms.has(room(meetingId))) return { ok: false, error: 'not_joined' };
    const meeting = await live.get(meetingId);
    if (!meeting) return { ok: false, error: 'not_found' };
    if (!can(socket.data.actor, 'facilitate', meetingResource(meeting.row))) {
      return { ok: false, error: 'forbidden' };
    }
    return { ok: true, present: await present(meeting.row) };
  };

  const command = async (socket: MeetingSocket, payload: unknown): Promise<CommandAck> => {
    const parsed = commandPayload.safeParse(payload);
    if (!parsed.success) return { ok: false, error: 'invalid_payload' };
    const { meetingId, command } = parsed.data;
    if (!socket.rooms.has(room(meetingId))) return { ok: false, error: 'not_joined' };
    const meeting = await live.get(meetingId);
    if (!meeting) return { ok: false, error: 'not_found' };
    const { actor, participantId, displayName } = socket.data;
    const resource = meetingResource(meeting.row);
    if (!can(actor, commandRole(command, participantId), resource)) {
      return { ok: false, error: 'forbidden' };
    }
    const result = await live.apply(meetingId, command, {
      participantId,
      name: displayName,
      steers: can(actor, 'facilitate', resource),
      present: command.type.startsWith('breakout.') ? await present(meeting.row) : [],
    });
    if (!result.ok) return { ok: false, error: result.error as MeetingError };
    nsp.to(room(meetingId)).emit(MEETING_STATE, snapshot(meetingId, result.state));
    return { ok: true };
  };

  // A reaction is passed on, not kept: it changes no state and a restart forgets it.
  const react = async (socket: MeetingSocket, payload: unknown): Promise<CommandAck> => {
    const parsed = reactPayload.safeParse(payload);
    if (!parsed.success) return { ok: false, error: 'invalid_payload' };
    const { meetingId, reaction } = parsed.data;
    if (!socket.rooms.has(room(meetingId))) return { ok: false, error: 'not_joined' };
    const meeting = await live.get(meetingId);
    if (!meeting) return { ok: false, error: 'not_found' };
    if (!can(socket.data.actor, 'participate', meetingResource(meeting.row))) {
      return { ok: false, error: 'forbidden' };
    }
    const shown: Reaction = { meetingId, reaction, name: socket.data.displayName };
    nsp.to(room(meetingId)).emit(MEETING_REACTION, shown);
    return { ok: true };
  };

  const handlers: Record<string, (socket: MeetingSocket, payload: unknown) => Promise<unknown>> = {
    [MEETING_JOIN]: join,
    [MEETING_COMMAND]: command,
    [MEETING_REACT]: react,
    [MEETING_PRIVATE_NOTE]: keepPrivate,
    [MEETING_ROSTER]: roster,
    [MEETING_CLOCK]: async (): Promise<ClockAck> => ({ ok: true, serverNow: Date.now() }),
  };

  nsp.on('connection', (socket: MeetingSocket) => {
    limitEvents(socket, rate);
    // A guest's session ends with their link: the socket closes when the link expires.
    const guest = socket.data.actor.meetingGuest;
    if (guest) {
      const expiry = setTimeout(
        () => socket.disconnect(true),
        Math.min(Math.max(0, guest.expiresAt - Date.now()), 2 ** 31 - 1),
      );
      socket.on('disconnect', () => clearTimeout(expiry));
    }
    // A middleware rather than onAny, so that it runs after the rate limit.
    socket.use(([event, ...args]) => {
      const ack = args.at(-1);
      if (typeof ack !== 'function') return;
      const reply = ack as (answer: unknown) => void;
      const handler = handlers[event];
      if (!handler) return reply({ ok: false, error: 'unknown_event' });
      if (args.length !== 2) return reply({ ok: false, error: 'invalid_payload' });
      handler(socket, args[0]).then(reply, (error: unknown) => {
        console.error('meeting event failed', error);
        reply({ ok: false, error: 'unavailable' });
      });
    });
    socket.on('disconnecting', () => {
      for (const name of socket.rooms) {
        if (!name.startsWith('meeting:')) continue;
        // The last one out: the state is in the database, the memory can go.
        if ((nsp.adapter.rooms.get(name)?.size ?? 0) <= 1) live.forget(name.slice(8));
      }
    });
  });

  // A guest whose link was revoked (or has expired) is let go: their cookie no longer names them.
  const recheckGuests = (meetingId: string) => {
    for (const socket of nsp.sockets.values() as Iterable<MeetingSocket>) {
      if (!socket.data.actor.meetingGuest || !socket.rooms.has(room(meetingId))) continue;
      identify(socket.request).then(
        (again) => {
          if (typeof again === 'string' || again.userId !== socket.data.userId) {
            socket.disconnect(true);
          }
        },
        () => socket.disconnect(true),
      );
    }
  };

  const stopMeetingChanges = events.onMeetingChanged((meetingId) => {
    recheckGuests(meetingId);
    // Every process hears the change and tells its own sockets (`local`): once each.
    live
      .reload(meetingId)
      .then(() => live.get(meetingId))
      .then(
        (meeting) => {
          for (const socket of nsp.sockets.values() as Iterable<MeetingSocket>) {
            if (meeting && socket.rooms.has(room(meetingId))) decideSteering(socket, meeting.row);
          }
          nsp.local.to(room(meetingId)).emit(MEETING_CHANGED, { meetingId });
        },
        (error: unknown) => console.error('reloading a live meeting failed', error),
      );
  });

  // A changed role is decided again at once: whoever may no longer read a meeting leaves it.
  const stopMembershipChanges = events.onMembershipChanged((_councilId, userId) => {
    for (const socket of nsp.sockets.values() as Iterable<MeetingSocket>) {
      if (socket.data.userId !== userId) continue;
      loadActor(db, userId).then(
        (actor) => {
          socket.data.actor = actor;
          for (const name of socket.rooms) {
            if (!name.startsWith('meeting:')) continue;
            live.get(name.slice(8)).then((meeting) => {
              if (!meeting || !can(actor, 'read', meetingResource(meeting.row))) {
                socket.leave(name);
              } else decideSteering(socket, meeting.row);
            });
          }
        },
        () => socket.disconnect(true),
      );
    }
  });

  return {
    close: async () => {
      stopMeetingChanges();
      stopMembershipChanges();
      attended.stop();
      nsp.disconnectSockets(true);
    },
  };
}
