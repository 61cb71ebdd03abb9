import { io, type Socket } from 'socket.io-client';
import {
  type CommandAck,
  type JoinAck,
  type LiveSnapshot,
  MEETING_COMMAND,
  MEETING_JOIN,
  MEETING_NAMESPACE,
  MEETING_STATE,
} from '../../shared/meeting/liveProtocol';
import type { LiveCommand } from '../../shared/meeting/liveState';
import { readConfig } from '../config';
import { startServer } from '../server';
import type { RealtimeTestServer } from './realtimeHarness';
import { TEST_ORIGIN } from './testApp';
import { joinAsGuest } from './testMeeting';

// Socket.IO clients of the /meetings namespace as the browser opens them (WebSocket, cookie,
// Origin), for tests of live meetings; every event a client receives is kept.

export type MeetingClient = {
  socket: Socket;
  latest: () => LiveSnapshot | undefined;
  /** Every event this client received, in order, as [name, payload]. */
  received: [string, unknown][];
};

export async function openMeetingClient(
  url: string,
  cookie: string,
  track: Socket[],
): Promise<MeetingClient> {
  const socket = io(`${url}${MEETING_NAMESPACE}`, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: { origin: TEST_ORIGIN, cookie },
    reconnection: false,
  });
  track.push(socket);
  let latest: LiveSnapshot | undefined;
  const received: [string, unknown][] = [];
  socket.onAny((event: string, payload: unknown) => received.push([event, payload]));
  socket.on(MEETING_STATE, (s: LiveSnapshot) => {
    latest = s;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, latest: () => latest, received };
}

export const ask = <T>(c: MeetingClient, event: string, ...args: unknown[]) =>
  c.socket.timeout(5000).emitWithAck(event, ...args) as Promise<T>;

export const joinMeeting = (c: MeetingClient, meetingId: string) =>
  ask<JoinAck>(c, MEETING_JOIN, { meetingId });

export const sendCommand = (c: MeetingClient, meetingId: string, command: LiveCommand) =>
  ask<CommandAck>(c, MEETING_COMMAND, { meetingId, command });

/** A guest by link of the meeting: the `tsunagu_guest` cookie header for their socket. */
export async function guestCookie(
  t: RealtimeTestServer,
  facilitatorCookie: string,
  meetingId: string,
  displayName: string,
): Promise<string> {
  return joinAsGuest(t.server.app, facilitatorCookie, meetingId, displayName);
}

/**
 * Stops the test server and starts another on the same database (as after a crash the state is
 * whatever was written); returns its URL. `t.server` is the new one, so `t.close` stops it.
 */
export async function restartOnSameDatabase(t: RealtimeTestServer): Promise<string> {
  await t.server.stop();
  const config = {
    ...readConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' }),
    allowedOrigins: [TEST_ORIGIN],
  };
  t.server = await startServer(config, {
    database: { ...t.database, close: async () => {} },
    release: () => {},
  });
  const address = t.server.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  t.httpUrl = `http://127.0.0.1:${port}`;
  return t.httpUrl;
}
