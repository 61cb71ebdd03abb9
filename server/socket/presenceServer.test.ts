import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type OnlineMember,
  PRESENCE_EVENT,
  PRESENCE_GET,
  type PresenceAck,
  type PresenceUpdate,
} from '../../shared/realtimeProtocol';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { addMember, call, TEST_ORIGIN } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

type Client = { socket: Socket; latest: Map<string, OnlineMember[]> };

describe.each(TEST_DATABASE_KINDS)('presence over Socket.IO (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  const clients: Socket[] = [];
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
  });
  afterAll(async () => {
    for (const s of clients) s.disconnect();
    await t?.close();
  });

  const open = (headers: Record<string, string>): Client => {
    const socket = io(t.httpUrl, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { origin: TEST_ORIGIN, ...headers },
      reconnection: false,
    });
    clients.push(socket);
    const latest = new Map<string, OnlineMember[]>();
    socket.on(PRESENCE_EVENT, (update: PresenceUpdate) =>
      latest.set(update.councilId, update.members),
    );
    return { socket, latest };
  };
  const connected = (c: Client) =>
    new Promise<void>((resolve, reject) => {
      c.socket.once('connect', () => resolve());
      c.socket.once('connect_error', reject);
    });
  const refusal = (c: Client) =>
    new Promise<string>((resolve) => c.socket.once('connect_error', (e) => resolve(e.message)));
  const ask = (c: Client, event: string, ...args: unknown[]) =>
    c.socket.timeout(2000).emitWithAck(event, ...args) as Promise<PresenceAck>;
  const names = (list: OnlineMember[] | undefined) => (list ?? []).map((m) => m.displayName).sort();

  it('refuses a socket without a session, with a forged one, or from another origin', async () => {
    expect(await refusal(open({}))).toBe('unauthenticated');
    expect(await refusal(open({ cookie: 'tsunagu_session=forged' }))).toBe('unauthenticated');
    const foreign = open({ cookie: council.member.cookie, origin: 'https://evil.example' });
    expect(await refusal(foreign)).not.toBe('');
    expect(foreign.socket.connected).toBe(false);
  });

  it('lists who is online in the council and updates the list as people come and go', async () => {
    const secretariat = open({ cookie: council.secretariat.cookie });
    await connected(secretariat);
    const member = open({ cookie: council.member.cookie });
    await connected(member);
    const both = ['member', '事務局 山田'].sort();
    await waitFor(() => names(secretariat.latest.get(council.councilId)).join() === both.join());
    const ack = await ask(member, PRESENCE_GET, { councilId: council.councilId });
    expect(ack.ok && names(ack.members)).toEqual(both);

    member.socket.disconnect();
    await waitFor(() => names(secretariat.latest.get(council.councilId)).join() === '事務局 山田');
    secretariat.socket.disconnect();
  });

  it('rejects bad payloads, unknown events and councils the user is not in', async () => {
    const member = open({ cookie: council.member.cookie });
    await connected(member);
    expect(await ask(member, PRESENCE_GET, { councilId: 'not-a-uuid' })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(await ask(member, PRESENCE_GET, { councilId: council.councilId, extra: 1 })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(await ask(member, 'presence:spy', { councilId: council.councilId })).toEqual({
      ok: false,
      error: 'unknown_event',
    });
    expect(
      await ask(member, PRESENCE_GET, { councilId: '00000000-0000-4000-8000-000000000000' }),
    ).toEqual({ ok: false, error: 'not_found' });
    member.socket.disconnect();
  });

  it('a removed member leaves the council’s room at once', async () => {
    const { app } = t.server;
    const person = await addMember(
      app,
      council.secretariat.cookie,
      council.councilId,
      'member',
      'leaving@example.jp',
    );
    const secretariat = open({ cookie: council.secretariat.cookie });
    await connected(secretariat);
    const leaving = open({ cookie: person.cookie });
    await connected(leaving);
    await waitFor(() => names(secretariat.latest.get(council.councilId)).includes('leaving'));
    const removed = await call(app, {
      method: 'DELETE',
      url: `/api/councils/${council.councilId}/members/${person.userId}`,
      cookie: council.secretariat.cookie,
    });
    expect(removed.statusCode).toBe(204);
    await waitFor(
      () => !names(secretariat.latest.get(council.councilId)).includes('leaving'),
      1000,
    );
    // Out of their last council, their sessions end and the socket with them.
    await waitFor(() => !leaving.socket.connected, 1000, 'socket closed');
    leaving.socket.disconnect();
    secretariat.socket.disconnect();
  });

  it('Socket.IO and /yjs share the server without breaking each other’s upgrades', async () => {
    const member = open({ cookie: council.member.cookie });
    await connected(member);
    const doc = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    await doc.synced();
    expect(member.socket.connected).toBe(true);
    doc.destroy();
    member.socket.disconnect();
  });
});
