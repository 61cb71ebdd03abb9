import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import {
  type ClockAck,
  type CommandAck,
  type JoinAck,
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
  type PrivateNote,
  type PrivateNotesAck,
  type Reaction,
  type RosterAck,
} from '../../../shared/meeting/liveProtocol';
import { type LiveCommand, type LiveState, liveState } from '../../../shared/meeting/liveState';
import type { Ballot } from '../../../shared/meeting/vote';
import type { ErrorOverrides } from '../api/errorMessage';

// One socket on the /meetings namespace while the meeting page is open. The server's state is
// drawn as it comes; the page keeps no state of its own about the meeting. The server's clock is
// estimated once per connection (half the round trip), so every screen counts the same timer.

// `ended`: the server let this socket go and it will not reconnect (the meeting closed for a guest,
// the guest link was revoked or expired, or the person's access changed).
export type MeetingConnection = 'connecting' | 'joined' | 'offline' | 'refused' | 'ended';

/** For a guest's pages: a request refused for want of a session means their place has ended. */
export const guestEnded = (asGuest: boolean): ErrorOverrides =>
  asGuest ? { unauthorized: 'meetings.connection.ended' } : {};

export type MeetingLive = {
  connection: MeetingConnection;
  state: LiveState | null;
  participantId: string | null;
  displayName: string | null;
  canFacilitate: boolean;
  /** One's own dots in the vote that was open when the page joined, as the server kept them. */
  joinedBallot: { voteId: string; ballot: Ballot } | null;
  /** The server's clock now, in ms since the epoch. */
  serverNow: () => number;
  send: (command: LiveCommand) => Promise<CommandAck>;
  react: (reaction: Reaction['reaction']) => void;
  /** One's own notes of the private round on now, as the server holds them. */
  privateNotes: readonly PrivateNote[];
  keepPrivate: (
    change: { op: 'add'; note: PrivateNote } | { op: 'remove'; id: string },
  ) => Promise<PrivateNotesAck>;
  /** Who is in the meeting now (the facilitator's, to split it into groups by hand). */
  roster: () => Promise<RosterAck>;
  /** Reactions of the last few seconds, oldest first. */
  reactions: readonly (Reaction & { key: number })[];
};

// How long a reaction stays on screen.
const REACTION_MS = 4000;

/**
 * `onAttended`, when given, is called each time someone joins the meeting for the first time (the
 * minutes' attendees grew).
 */
export function useMeetingLive(
  meetingId: string,
  onMeetingChanged: () => void,
  onAttended?: () => void,
): MeetingLive {
  const [connection, setConnection] = useState<MeetingConnection>('connecting');
  const [state, setState] = useState<LiveState | null>(null);
  const [me, setMe] = useState<{
    participantId: string;
    displayName: string;
    canFacilitate: boolean;
    ballot: { voteId: string; ballot: Ballot } | null;
  } | null>(null);
  const [reactions, setReactions] = useState<(Reaction & { key: number })[]>([]);
  const [privateNotes, setPrivateNotes] = useState<PrivateNote[]>([]);
  const offset = useRef(0);
  const socketRef = useRef<Socket | null>(null);
  const changed = useRef(onMeetingChanged);
  changed.current = onMeetingChanged;
  const attended = useRef(onAttended);
  attended.current = onAttended;

  useEffect(() => {
    // WebSocket only: a same-origin polling GET carries no Origin header, and the server accepts
    // no socket without one (CSRF defence).
    const socket = io(MEETING_NAMESPACE, {
      path: '/socket.io',
      withCredentials: true,
      transports: ['websocket'],
    });
    socketRef.current = socket;
    const take = (snapshot: LiveSnapshot) => {
      if (snapshot.meetingId !== meetingId) return;
      const parsed = liveState.safeParse(snapshot.state);
      if (!parsed.success) return;
      setState(parsed.data);
      // Revealed (or never started): one's notes are on the wall now, or there are none.
      if (!parsed.data.privateNotes) setPrivateNotes([]);
    };
    socket.on('connect', async () => {
      const sent = Date.now();
      const clock = (await socket.emitWithAck(MEETING_CLOCK, {})) as ClockAck;
      offset.current = clock.serverNow - (sent + Date.now()) / 2;
      const joined = (await socket.emitWithAck(MEETING_JOIN, { meetingId })) as JoinAck;
      if (!joined.ok) {
        setConnection('refused');
        return;
      }
      setMe({
        participantId: joined.participantId,
        displayName: joined.displayName,
        canFacilitate: joined.canFacilitate,
        ballot:
          joined.ballot && joined.snapshot.state.vote
            ? { voteId: joined.snapshot.state.vote.id, ballot: joined.ballot }
            : null,
      });
      take(joined.snapshot);
      setPrivateNotes(joined.privateNotes);
      setConnection('joined');
    });
    socket.on('disconnect', (reason) =>
      setConnection(reason === 'io server disconnect' ? 'ended' : 'offline'),
    );
    // A refusal by the server's middleware is not retried (`active` false); a network error is.
    socket.on('connect_error', () => setConnection(socket.active ? 'offline' : 'ended'));
    socket.on(MEETING_STATE, take);
    let next = 0;
    socket.on(MEETING_REACTION, (shown: Reaction) => {
      if (shown?.meetingId !== meetingId) return;
      const key = next++;
      setReactions((was) => [...was.slice(-9), { ...shown, key }]);
      setTimeout(() => setReactions((was) => was.filter((r) => r.key !== key)), REACTION_MS);
    });
    socket.on(MEETING_CHANGED, (payload: { meetingId?: string }) => {
      if (payload?.meetingId === meetingId) changed.current();
    });
    socket.on(MEETING_ATTENDED, (payload: { meetingId?: string }) => {
      if (payload?.meetingId === meetingId) attended.current?.();
    });
    return () => {
      socket.disconnect();
      socketRef.current = null;
    };
  }, [meetingId]);

  const ask = useCallback(
    async <T>(event: string, payload: object): Promise<T | { ok: false; error: 'unavailable' }> => {
      const socket = socketRef.current;
      if (!socket?.connected) return { ok: false, error: 'unavailable' };
      try {
        return (await socket.timeout(5000).emitWithAck(event, { meetingId, ...payload })) as T;
      } catch {
        return { ok: false, error: 'unavailable' };
      }
    },
    [meetingId],
  );
  const send = useCallback(
    (command: LiveCommand) => ask<CommandAck>(MEETING_COMMAND, { command }),
    [ask],
  );
  const roster = useCallback(() => ask<RosterAck>(MEETING_ROSTER, {}), [ask]);
  const react = useCallback(
    (reaction: Reaction['reaction']) => {
      socketRef.current?.emit(MEETING_REACT, { meetingId, reaction }, () => {});
    },
    [meetingId],
  );
  const serverNow = useCallback(() => Date.now() + offset.current, []);
  const keepPrivate = useCallback<MeetingLive['keepPrivate']>(
    async (change) => {
      const socket = socketRef.current;
      if (!socket?.connected) return { ok: false, error: 'unavailable' };
      try {
        const ack = (await socket
          .timeout(5000)
          .emitWithAck(MEETING_PRIVATE_NOTE, { meetingId, ...change })) as PrivateNotesAck;
        if (ack.ok) setPrivateNotes(ack.notes);
        return ack;
      } catch {
        return { ok: false, error: 'unavailable' };
      }
    },
    [meetingId],
  );

  return {
    connection,
    state,
    participantId: me?.participantId ?? null,
    displayName: me?.displayName ?? null,
    canFacilitate: me?.canFacilitate ?? false,
    joinedBallot: me?.ballot ?? null,
    serverNow,
    send,
    react,
    reactions,
    privateNotes,
    keepPrivate,
    roster,
  };
}
