import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { NOTES_MAX } from '../../shared/board/agency';
import { readBoard } from '../../shared/board/document';
import { agenciesOf } from '../../shared/board/documentLayout';
import { CLOSE, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from '../../shared/realtimeProtocol';
import { docUpdates } from '../db/schema';
import { hasNote, noteOf, setNote } from '../testing/boardEdits';
import {
  type BoardCouncil,
  connectClient,
  createBoardDoc,
  openRawSocket,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { applyStored, loadDocument } from './docStore';

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
  let council: BoardCouncil;
  let witness: TestClient;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind, LIMITS));
    // A well-behaved client that stays connected through every attack below.
    witness = connectClient(t.wsUrl, council.boardDoc, council.secretariat.cookie);
    await witness.synced();
    setNote(witness.doc, 'precious', '大切なデータ');
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
    expect(noteOf(witness.doc, 'precious')).toBe('大切なデータ');
    const probe = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    try {
      await probe.synced();
      expect(noteOf(probe.doc, 'precious')).toBe('大切なデータ');
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
    const valid = updateMessage((doc) => setNote(doc, 'half', 'x'.repeat(100)));
    for (const cut of [1, 2, 3, 5, 10, 50, valid.length - 1]) {
      const socket = await attacker();
      socket.ws.send(valid.slice(0, cut));
      expect(await socket.closed).toEqual(CLOSE.malformed);
    }
    await expectIntact();
    expect(hasNote(witness.doc, 'half')).toBe(false);
  });

  it('an update that breaks an agency is undone for everyone, the undo stored, the sender kept', async () => {
    const socket = await attacker();
    socket.ws.send(
      updateMessage((doc) =>
        agenciesOf(doc).set(
          'broken',
          new Y.Map<unknown>([
            ['name', '層のない事業所'],
            ['layer', 'nowhere'],
            ['fields', ['disability']],
          ]),
        ),
      ),
    );
    setNote(witness.doc, 'after', '後の編集');
    await waitFor(() => noteOf(witness.doc, 'after') !== undefined && witness.allSaved());
    await new Promise((resolve) => socket.ws.ping(undefined, undefined, () => resolve(null)));
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    await waitFor(() => !agenciesOf(witness.doc).has('broken'), 2000, 'the undo at the witness');
    const stored = new Y.Doc();
    applyStored(stored, (await loadDocument(t.database.db, council.boardDoc)).parts);
    expect(agenciesOf(stored).has('broken')).toBe(false);
    expect(readBoard(stored).problems).toEqual([]);
    socket.ws.terminate();
    await expectIntact();
  });

  it('an agency name with a NUL (PostgreSQL cannot store it as text) is undone, the sender kept', async () => {
    const socket = await attacker();
    socket.ws.send(
      updateMessage((doc) =>
        agenciesOf(doc).set(
          'nul',
          new Y.Map<unknown>([
            ['name', 'ぬる\u0000事業所'],
            ['layer', 'core'],
            ['fields', ['disability']],
          ]),
        ),
      ),
    );
    setNote(witness.doc, 'after-nul', '後の編集');
    await waitFor(() => noteOf(witness.doc, 'after-nul') !== undefined && witness.allSaved());
    await waitFor(() => !agenciesOf(witness.doc).has('nul'), 2000, 'the undo at the witness');
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    const stored = new Y.Doc();
    applyStored(stored, (await loadDocument(t.database.db, council.boardDoc)).parts);
    expect(agenciesOf(stored).has('nul')).toBe(false);
    socket.ws.terminate();
    await expectIntact();
  });

  it('an update that writes outside the board closes with 4422', async () => {
    const socket = await attacker();
    socket.ws.send(updateMessage((doc) => doc.getMap('elsewhere').set('x', 1)));
    expect(await socket.closed).toEqual(CLOSE.invalidUpdate);
    await expectIntact();
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
    // Valid agencies with full notes, about 50 KiB per message.
    for (let i = 0; i < 6; i++) {
      socket.ws.send(
        updateMessage((doc) => {
          for (let j = 0; j < 25; j++) setNote(doc, `big${i}-${j}`, 'x'.repeat(NOTES_MAX));
        }),
      );
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
