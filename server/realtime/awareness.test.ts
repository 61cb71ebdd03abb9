import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_AWARENESS } from '../../shared/realtimeProtocol';
import {
  type BoardCouncil,
  connectClient,
  openRawSocket,
  type RawSocket,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// Presence cannot be forged: a connection speaks only for its own awareness client id, with the
// name and user id the server knows; presence has its own size and rate limits, so a flood from
// one connection reaches nobody and knocks nobody off.

type Entry = { clientId: number; clock: number; state: unknown };

function awarenessMessage(entries: Entry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

/** Bytes of presence among the messages a raw socket received. */
const awarenessBytes = (socket: RawSocket) =>
  socket.messages
    .filter((m) => decoding.readVarUint(decoding.createDecoder(m)) === MESSAGE_AWARENESS)
    .reduce((sum, m) => sum + m.byteLength, 0);

const COLOUR = '#1f4e8c';
type SeenState = { user?: { name?: string; userId?: string }; cursor?: { x: number } };
const stateIn = (client: TestClient, clientId: number) =>
  client.provider.awareness.getStates().get(clientId) as SeenState | undefined;

describe.each(TEST_DATABASE_KINDS)('presence cannot be forged or flooded (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
  });
  afterAll(() => t?.close());

  it('a read-only guest cannot move, rename or remove a member, and its own presence carries its real name', async () => {
    const member = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    const observer = connectClient(t.wsUrl, council.boardDoc, council.secretariat.cookie);
    const guest = openRawSocket(t.wsUrl, council.boardDoc, { cookie: council.guest.cookie });
    try {
      await Promise.all([member.synced(), observer.synced(), guest.opened]);
      const memberId = member.doc.clientID;
      member.provider.awareness.setLocalState({
        user: { name: 'member', colour: COLOUR },
        cursor: { x: 1, y: 1 },
      });
      await waitFor(() => stateIn(observer, memberId)?.cursor?.x === 1, 5000, 'member seen');
      expect(stateIn(observer, memberId)?.user).toEqual({
        name: 'member',
        colour: COLOUR,
        userId: council.member.userId,
      });

      const forged = { user: { name: 'member', colour: COLOUR }, cursor: { x: 999, y: 999 } };
      guest.ws.send(awarenessMessage([{ clientId: memberId, clock: 1000, state: forged }]));
      guest.ws.send(awarenessMessage([{ clientId: memberId, clock: 1001, state: null }]));
      // The guest's own presence, claiming to be the secretariat, comes after: once it is seen,
      // the forgeries before it were handled.
      const guestId = 424242;
      const claimed = {
        user: { name: '事務局 山田', colour: COLOUR, userId: council.secretariat.userId },
      };
      guest.ws.send(awarenessMessage([{ clientId: guestId, clock: 1, state: claimed }]));
      await waitFor(() => stateIn(observer, guestId) !== undefined, 5000, 'guest seen');

      expect(stateIn(observer, guestId)?.user).toEqual({
        name: 'guest',
        colour: COLOUR,
        userId: council.guest.userId,
      });
      expect(stateIn(observer, memberId)?.cursor?.x).toBe(1);
      expect(stateIn(observer, memberId)?.user?.name).toBe('member');
    } finally {
      member.destroy();
      observer.destroy();
      guest.ws.close();
    }
  });

  it('a presence flood from a guest reaches no one and closes no one else', async () => {
    const member = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    const observer = openRawSocket(t.wsUrl, council.boardDoc, {
      cookie: council.secretariat.cookie,
    });
    const guest = openRawSocket(t.wsUrl, council.boardDoc, { cookie: council.guest.cookie });
    try {
      await Promise.all([member.synced(), observer.opened, guest.opened]);
      const before = awarenessBytes(observer);
      const guestId = 515151;
      let clock = 0;
      const padded = (bytes: number) => ({
        user: { name: 'guest', colour: COLOUR },
        padding: 'x'.repeat(bytes),
      });
      // 60 messages of nearly 1 MiB (what closed two members with 1013), then 100 of 15 KiB.
      for (let i = 0; i < 60; i++) {
        guest.ws.send(
          awarenessMessage([{ clientId: guestId, clock: ++clock, state: padded(1000_000) }]),
        );
      }
      for (let i = 0; i < 100; i++) {
        guest.ws.send(
          awarenessMessage([{ clientId: guestId, clock: ++clock, state: padded(15_000) }]),
        );
      }
      // A small state after the flood gets through once the budget refills.
      const marker = { user: { name: 'guest', colour: COLOUR }, cursor: { x: 7, y: 7 } };
      const seen = () => stateIn(member, guestId)?.cursor?.x === 7;
      await waitFor(
        () => {
          if (!seen())
            guest.ws.send(awarenessMessage([{ clientId: guestId, clock: ++clock, state: marker }]));
          return seen();
        },
        10_000,
        'the marker after the flood',
      );
      // The burst allowance (256 KiB) and a little refill, not 60 MiB.
      expect(awarenessBytes(observer) - before).toBeLessThan(1024 * 1024);
      expect(member.provider.wsconnected).toBe(true);
      expect(observer.ws.readyState).toBe(observer.ws.OPEN);
    } finally {
      member.destroy();
      observer.ws.close();
      guest.ws.close();
    }
  });
});
