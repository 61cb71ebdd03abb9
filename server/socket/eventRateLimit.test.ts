import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESENCE_GET, type PresenceAck } from '../../shared/realtimeProtocol';
import {
  type BoardCouncil,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_ORIGIN } from '../testing/testApp';
import { EVENT_RATE_LIMIT } from './eventRateLimit';

describe('Socket.IO per-event rate limit', () => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil('pglite'));
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  const connect = async (cookie: string) => {
    const socket = io(t.httpUrl, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { origin: TEST_ORIGIN, cookie },
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return socket;
  };

  it('answers events past the burst with rate_limited, and other people are not affected', async () => {
    const flooder = await connect(council.member.cookie);
    const other = await connect(council.secretariat.cookie);
    const count = EVENT_RATE_LIMIT.burst + 60;
    const answers = (await Promise.all(
      Array.from({ length: count }, () =>
        flooder.timeout(10_000).emitWithAck(PRESENCE_GET, { councilId: council.councilId }),
      ),
    )) as PresenceAck[];
    const limited = answers.filter((a) => !a.ok && a.error === 'rate_limited').length;
    expect(limited).toBeGreaterThan(0);
    expect(count - limited).toBeLessThan(EVENT_RATE_LIMIT.burst + 30);
    const ack = (await other
      .timeout(5000)
      .emitWithAck(PRESENCE_GET, { councilId: council.councilId })) as PresenceAck;
    expect(ack.ok).toBe(true);
    flooder.disconnect();
    other.disconnect();
  });

  it('disconnects a client that keeps flooding', async () => {
    const flooder = await connect(council.member.cookie);
    for (
      let i = 0;
      i < EVENT_RATE_LIMIT.burst + EVENT_RATE_LIMIT.refusalsBeforeDisconnect + 50;
      i++
    ) {
      flooder.emit(PRESENCE_GET, { councilId: council.councilId });
    }
    await waitFor(() => !flooder.connected, 10_000);
    expect(flooder.connected).toBe(false);
  });
});
