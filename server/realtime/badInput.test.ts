import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from '../../shared/realtimeProtocol';
import { docUpdates } from '../db/schema';
import {
  connectClient,
  createBoardDoc,
  openRawSocket,
  type RealtimeTestServer,
  setUpBoardCouncil,
  startRealtimeTestServer,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { loadDocument } from './docStore';

const LIMITS = {
  maxMessageBytes: 64 * 1024,
  maxDocumentBytes: 256 * 1024,
  messagesPerSecond: 50,
  messageBurst: 100,
  connectionsPerUser: 6,
};

function updateMessage(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  write(doc);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return encoding.toUint8Array(encoder);
}

describe.each(TEST_DATABASE_KINDS)('bad input (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: Awaited<ReturnType<typeof setUpBoardCouncil>>;
  let witness: TestClient;
  beforeAll(async () => {
    t = await startRealtimeTestServer(kind, LIMITS);
    council = await setUpBoardCouncil(t.server);
    // A well-behaved client that stays connected through every attack below.
    witness = connectClient(t.wsUrl, council.boardDoc, council.secretariat.cookie);
    await witness.synced();
    witness.doc.getMap('m').set('precious', '大切なデータ');
    await waitFor(() => witness.allSaved());
  });
  afterAll(async () => {
    witness?.destroy();
    await t?.close();
  });

  const attacker = async () => {
    const socket = openRawSocket(t.wsUrl, council.boardDoc, { cookie: council.member.cookie });
    await socket.opened;
    return socket;
  };

  async function expectIntact() {
    const health = await fetch(`${t.httpUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(witness.provider.wsconnected).toBe(true);
    expect(witness.doc.getMap('m').get('precious')).toBe('大切なデータ');
    const probe = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    try {
      await probe.synced();
      expect(probe.doc.getMap('m').get('precious')).toBe('大切なデータ');
    } finally {
      probe.destroy();
    }
  }

  it('random binary never takes the server down; undecodable messages close with 1007', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 200 }), async (bytes) => {
        const socket = await attacker();
        socket.ws.send(bytes);
        // A ping round trip proves the server has handled the message before we look.
        await new Promise((resolve) => socket.ws.ping(undefined, undefined, () => resolve(null)));
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (socket.ws.readyState !== socket.ws.OPEN) {
          expect((await socket.closed).code).toBe(CLOSE.malformed.code);
        }
        socket.ws.terminate();
      }),
      { numRuns: 60 },
    );
    await expectIntact();
  });

  it('truncated updates close with 1007 and change nothing', async () => {
    const valid = updateMessage((doc) => doc.getMap('m').set('half', 'x'.repeat(100)));
    for (const cut of [1, 2, 3, 5, 10, 50, valid.length - 1]) {
      const socket = await attacker();
      socket.ws.send(valid.slice(0, cut));
      expect(await socket.closed).toEqual(CLOSE.malformed);
    }
    await expectIntact();
    expect(witness.doc.getMap('m').has('half')).toBe(false);
  });

  it('a text frame closes with 1003', async () => {
    const socket = await attacker();
    socket.ws.send('hello');
    expect(await socket.closed).toEqual(CLOSE.unsupportedData);
  });

  it('an oversized message closes with 1009', async () => {
    const socket = await attacker();
    socket.ws.send(new Uint8Array(LIMITS.maxMessageBytes + 1));
    expect((await socket.closed).code).toBe(CLOSE.tooBig.code);
    await expectIntact();
  });

  it('a flood closes that connection with 1008', async () => {
    const socket = await attacker();
    for (let i = 0; i < LIMITS.messageBurst * 3; i++)
      socket.ws.send(new Uint8Array([MESSAGE_QUERY_AWARENESS]));
    expect(await socket.closed).toEqual(CLOSE.policy);
    await expectIntact();
  });

  it('growing the document past its limit closes with 4413 and stores nothing of it', async () => {
    const socket = await attacker();
    const chunk = 50 * 1024;
    for (let i = 0; i < 6; i++) {
      socket.ws.send(updateMessage((doc) => doc.getMap('m').set(`big${i}`, 'x'.repeat(chunk))));
    }
    expect(await socket.closed).toEqual(CLOSE.documentTooLarge);
    await waitFor(() => t.server.realtime.stats().flush.rows > 0);
    const stored = await loadDocument(t.database.db, council.boardDoc);
    expect(stored.bytes).toBeLessThanOrEqual(LIMITS.maxDocumentBytes);
    await expectIntact();
  });

  it('a document whose stored log cannot be read is refused, never served empty', async () => {
    const docName = await createBoardDoc(t.server, council.secretariat.cookie, council.councilId);
    await t.database.db
      .insert(docUpdates)
      .values({ docName, update: new Uint8Array([0, 5, 200, 1, 2]) });
    const socket = openRawSocket(t.wsUrl, docName, { cookie: council.member.cookie });
    expect(await socket.closed).toEqual(CLOSE.loadFailed);
    expect(socket.messages).toEqual([]);
    // Nothing was written over the real data.
    const rows = await t.database.db
      .select()
      .from(docUpdates)
      .where(eq(docUpdates.docName, docName));
    expect(rows).toHaveLength(1);
  });

  it('a user over the connection limit is refused with 1013', async () => {
    const sockets = [];
    for (let i = 0; i < LIMITS.connectionsPerUser; i++) sockets.push(await attacker());
    const extra = openRawSocket(t.wsUrl, council.boardDoc, { cookie: council.member.cookie });
    expect(await extra.closed).toEqual(CLOSE.tooManyConnections);
    for (const s of sockets) s.ws.close();
    await Promise.all(sockets.map((s) => s.closed));
    await expectIntact();
  });
});
