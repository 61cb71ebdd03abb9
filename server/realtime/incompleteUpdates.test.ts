import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { agenciesOf } from '../../shared/board/documentLayout';
import { CLOSE, MESSAGE_SAVED, MESSAGE_SYNC } from '../../shared/realtimeProtocol';
import { type Child, killHard, startChild } from '../process/childServer';
import { hasNote, noteOf, setNote } from '../testing/boardEdits';
import { connectClient, openRawSocket, waitFor } from '../testing/realtimeHarness';
import { childDatabase, setUpThroughHttp, updateMessage } from '../testing/serverChild';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// A message the server cannot wholly apply costs nothing: a cut one changes nothing anywhere,
// and an update waiting for structs the server lacks is not acknowledged until they arrive, so
// every edit reported saved survives kill -9.

function stepTwoMessage(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** A raw client that answers the server's sync step 1 from `doc` and records `saved` counts. */
function rawClient(wsUrl: string, docName: string, cookie: string, doc: Y.Doc) {
  const socket = openRawSocket(wsUrl, docName, { cookie });
  const saved: number[] = [];
  let stepOnes = 0;
  socket.ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SAVED) saved.push(decoding.readVarUint(decoder));
    if (
      type === MESSAGE_SYNC &&
      decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep1
    ) {
      stepOnes++;
      socket.ws.send(stepTwoMessage(doc, decoding.readVarUint8Array(decoder)));
    }
  });
  return { socket, saved, stepOnes: () => stepOnes };
}

describe.each(TEST_DATABASE_KINDS)('updates the server cannot wholly apply (%s)', (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let child: Child;
  beforeAll(async () => {
    ({ env, cleanup } = await childDatabase(kind));
  });
  afterAll(async () => {
    if (child) await killHard(child);
    await cleanup?.();
  });

  it('a cut update changes nothing; edits waiting for a dependency are acknowledged only with it; all survive kill -9', async () => {
    child = await startChild(env);
    const { cookie, docName } = await setUpThroughHttp(child.port);
    const wsUrl = () => `ws://127.0.0.1:${child.port}/yjs`;

    // Valid structs, an invalid agency and a stray top-level map, the delete set's last byte cut.
    const hostile = new Y.Doc();
    hostile.transact(() => {
      agenciesOf(hostile).set(
        'hostile',
        new Y.Map<unknown>([
          ['name', '不正な事業所'],
          ['layer', 'not-a-layer'],
          ['fields', 42],
        ]),
      );
      hostile.getMap('extra').set('x', 1);
      hostile.getMap('extra').set('y', 2);
    });
    hostile.getMap('extra').delete('y');
    const full = Y.encodeStateAsUpdate(hostile);
    expect(Y.decodeUpdate(full).ds.clients.size).toBe(1);
    const attacker = openRawSocket(wsUrl(), docName, { cookie });
    await attacker.opened;
    attacker.ws.send(updateMessage(full.slice(0, full.length - 1)));
    expect(await attacker.closed).toEqual(CLOSE.malformed);

    const honest = connectClient(wsUrl(), docName, cookie);
    await honest.synced();
    expect(agenciesOf(honest.doc).has('hostile')).toBe(false);
    setNote(honest.doc, 'honest-1', '一つめ');
    setNote(honest.doc, 'honest-2', '二つめ');
    setNote(honest.doc, 'honest-1', '一つめ（改）');
    await waitFor(() => honest.allSaved(), 10_000, 'honest edits saved');

    // A client comes to hold an agency the server never received, and edits it: the edit
    // depends on the agency.
    const holder = new Y.Doc();
    const raw = rawClient(wsUrl(), docName, cookie, holder);
    await raw.socket.opened;
    // Answering the server's first step 1 is update message 1, and changes nothing on the server.
    await waitFor(() => raw.saved.includes(1), 10_000, 'saved(1)');
    const elsewhere = new Y.Doc();
    setNote(elsewhere, 'from-elsewhere', '別の端末');
    Y.applyUpdate(holder, Y.encodeStateAsUpdate(elsewhere));
    const edits: Uint8Array[] = [];
    holder.on('update', (u: Uint8Array) => edits.push(u));
    setNote(holder, 'from-elsewhere', '別の端末で編集');
    expect(edits).toHaveLength(1);
    raw.socket.ws.send(updateMessage(edits[0] as Uint8Array));
    // The server asks again (step 1); the answer, message 3, carries the missing agency.
    await waitFor(() => raw.stepOnes() === 2, 10_000, 'the resync');
    await waitFor(() => raw.saved.includes(3), 10_000, 'saved(3)');
    expect(raw.saved).not.toContain(2);
    await waitFor(() => noteOf(honest.doc, 'from-elsewhere') === '別の端末で編集');

    await killHard(child);
    honest.destroy();
    raw.socket.ws.terminate();
    child = await startChild(env);
    const reader = connectClient(wsUrl(), docName, cookie);
    try {
      await reader.synced();
      expect(noteOf(reader.doc, 'honest-1')).toBe('一つめ（改）');
      expect(noteOf(reader.doc, 'honest-2')).toBe('二つめ');
      expect(noteOf(reader.doc, 'from-elsewhere')).toBe('別の端末で編集');
      expect(hasNote(reader.doc, 'hostile')).toBe(false);
      expect(agenciesOf(reader.doc).has('hostile')).toBe(false);
      expect(reader.doc.getMap('extra').size).toBe(0);
    } finally {
      reader.destroy();
    }
  }, 180_000);
});
