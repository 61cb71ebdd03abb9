import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MEETING_JOIN, MEETING_NAMESPACE } from '../../shared/meeting/liveProtocol';
import { CLOSE } from '../../shared/realtimeProtocol';
import { applyStored, loadDocument } from '../realtime/docStore';
import { hasNote, setNote } from '../testing/boardEdits';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { addMember, call, sessionCookieOf, TEST_ORIGIN } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting } from '../testing/testMeeting';

// A session that ends takes every socket opened with it along, within a second: the board
// document (Yjs), presence and a live meeting (Socket.IO). What it sends afterwards is not saved.

const PASSWORD = 'member password 1';

type Open = {
  board: TestClient;
  /** The first close of the board socket. */
  boardClosed: Promise<{ code: number; reason: string }>;
  presence: Socket;
  meeting: Socket;
  /** Why each Socket.IO socket was disconnected, once both were. */
  socketsDropped: Promise<string[]>;
};

describe.each(TEST_DATABASE_KINDS)('sessions that end close their sockets (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let meetingId: string;
  let people = 0;
  const cleanup: (() => void)[] = [];

  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    meetingId = await createMeeting(t.server.app, council.secretariat.cookie, council.councilId);
  });
  afterAll(async () => {
    for (const done of cleanup) done();
    await t?.close();
  });

  const newMember = () =>
    addMember(
      t.server.app,
      council.secretariat.cookie,
      council.councilId,
      'member',
      `ending-${++people}@example.jp`,
    );
  const signIn = async (email: string) => {
    const response = await call(t.server.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      body: { email, password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    return sessionCookieOf(response);
  };

  const socketIo = async (cookie: string, namespace = '') => {
    const socket = io(`${t.httpUrl}${namespace}`, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { origin: TEST_ORIGIN, cookie },
      reconnection: false,
    });
    cleanup.push(() => socket.disconnect());
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return socket;
  };
  const dropped = (socket: Socket) =>
    new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

  /** Everything one session keeps open: the board, presence and the live meeting. */
  const openAll = async (cookie: string): Promise<Open> => {
    const board = connectClient(t.wsUrl, council.boardDoc, cookie);
    cleanup.push(() => board.destroy());
    const boardClosed = new Promise<{ code: number; reason: string }>((resolve) =>
      board.provider.once('connection-close', (event) =>
        resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' }),
      ),
    );
    await board.synced();
    const presence = await socketIo(cookie);
    const meeting = await socketIo(cookie, MEETING_NAMESPACE);
    const joined = await meeting.timeout(5000).emitWithAck(MEETING_JOIN, { meetingId });
    expect(joined.ok).toBe(true);
    const socketsDropped = Promise.all([dropped(presence), dropped(meeting)]);
    return { board, boardClosed, presence, meeting, socketsDropped };
  };

  /** Closed with the session-ended code, within a second of the server's answer (`since`). */
  const expectEndedWithinASecond = async (open: Open, since: number) => {
    expect(await open.boardClosed).toEqual(CLOSE.sessionEnded);
    expect(await open.socketsDropped).toEqual(['io server disconnect', 'io server disconnect']);
    expect(Date.now() - since).toBeLessThan(1000);
  };

  /** An edit sent after the session ended is refused on reconnecting and never stored. */
  const expectEditNotSaved = async (open: Open, key: string) => {
    const refused = new Promise<{ code: number }>((resolve) =>
      open.board.provider.once('closed', (event) => resolve(event)),
    );
    setNote(open.board.doc, key, 'written after the session ended');
    expect((await refused).code).toBe(CLOSE.unauthenticated.code);
    const stored = new Y.Doc();
    applyStored(stored, (await loadDocument(t.database.db, council.boardDoc)).parts);
    expect(hasNote(stored, key)).toBe(false);
  };

  it('sign-out', async () => {
    const person = await newMember();
    const open = await openAll(person.cookie);
    const out = await call(t.server.app, {
      method: 'POST',
      url: '/api/auth/sign-out',
      cookie: person.cookie,
    });
    expect(out.statusCode).toBe(204);
    const since = Date.now();
    await expectEndedWithinASecond(open, since);
    await expectEditNotSaved(open, 'after-sign-out');
  });

  it('sign-out everywhere ends every session of the person, and only theirs', async () => {
    const person = await newMember();
    const email = `ending-${people}@example.jp`;
    const laptop = await openAll(person.cookie);
    const phone = await openAll(await signIn(email));
    const bystander = await openAll(council.member.cookie);
    const out = await call(t.server.app, {
      method: 'POST',
      url: '/api/auth/sign-out-everywhere',
      cookie: person.cookie,
    });
    expect(out.statusCode).toBe(204);
    const since = Date.now();
    await expectEndedWithinASecond(laptop, since);
    await expectEndedWithinASecond(phone, since);
    await expectEditNotSaved(phone, 'after-sign-out-everywhere');
    expect(bystander.presence.connected).toBe(true);
    expect(bystander.board.provider.wsconnected).toBe(true);
  });

  it('a password change ends the other sessions; the browser that changed it carries on', async () => {
    const person = await newMember();
    const email = `ending-${people}@example.jp`;
    const other = await openAll(await signIn(email));
    const changed = await call(t.server.app, {
      method: 'POST',
      url: '/api/me/password',
      cookie: person.cookie,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new password' },
    });
    expect(changed.statusCode).toBe(204);
    const since = Date.now();
    await expectEndedWithinASecond(other, since);
    await expectEditNotSaved(other, 'after-password-change');
    const fresh = connectClient(t.wsUrl, council.boardDoc, sessionCookieOf(changed));
    cleanup.push(() => fresh.destroy());
    await fresh.synced();
  });

  it('signing in anew rotates the session: the previous one and its sockets end', async () => {
    const person = await newMember();
    const email = `ending-${people}@example.jp`;
    const before = await openAll(person.cookie);
    const again = await call(t.server.app, {
      method: 'POST',
      url: '/api/auth/sign-in',
      cookie: person.cookie,
      body: { email, password: PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    const since = Date.now();
    expect(sessionCookieOf(again)).not.toBe(person.cookie);
    await expectEndedWithinASecond(before, since);
    const old = await call(t.server.app, { method: 'GET', url: '/api/me', cookie: person.cookie });
    expect(old.statusCode).toBe(401);
  });

  it('removing someone from their last council ends their sessions and sockets', async () => {
    const person = await newMember();
    const open = await openAll(person.cookie);
    const removed = await call(t.server.app, {
      method: 'DELETE',
      url: `/api/councils/${council.councilId}/members/${person.userId}`,
      cookie: council.secretariat.cookie,
    });
    expect(removed.statusCode).toBe(204);
    const since = Date.now();
    // The board answers the membership change first (4403) or the ended session (4001).
    const closed = await open.boardClosed;
    expect([CLOSE.revoked.code, CLOSE.sessionEnded.code]).toContain(closed.code);
    expect(await open.socketsDropped).toEqual(['io server disconnect', 'io server disconnect']);
    expect(Date.now() - since).toBeLessThan(1000);
    await waitFor(() => !open.board.provider.wsconnected, 2000, 'board closed for good');
  });
});
