import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MESSAGE_SAVED } from '../../shared/realtimeProtocol';
import { type Child, killHard, startChild } from '../process/childServer';
import { hasNote, setNote } from '../testing/boardEdits';
import { connectClient, openRawSocket, waitFor } from '../testing/realtimeHarness';
import { childDatabase, setUpThroughHttp, updateMessage } from '../testing/serverChild';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// The durability promise: an edit reported saved survives kill -9 at any moment.

const TRIALS = 3;

/**
 * Sends numbered edits until the server dies; returns the keys it reported saved and how many
 * were sent.
 */
async function editUntilKilled(child: Child, cookie: string, docName: string, trial: number) {
  const socket = openRawSocket(`ws://127.0.0.1:${child.port}/yjs`, docName, { cookie });
  await socket.opened;
  const doc = new Y.Doc();
  const keys: string[] = [];
  let saved = 0;
  socket.ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === MESSAGE_SAVED) saved = decoding.readVarUint(decoder);
  });
  doc.on('update', (update: Uint8Array) => {
    if (socket.ws.readyState === socket.ws.OPEN) socket.ws.send(updateMessage(update));
  });
  let alive = true;
  const sender = (async () => {
    while (alive && socket.ws.readyState === socket.ws.OPEN) {
      for (let i = 0; i < 10; i++) {
        const key = `t${trial}-${keys.length}`;
        keys.push(key);
        setNote(doc, key, key);
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  await waitFor(() => saved > 0, 10_000, 'first saved');
  // Kill at a random moment while edits are in flight.
  await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 300));
  await killHard(child);
  alive = false;
  await sender;
  await socket.closed;
  doc.destroy();
  return { savedKeys: keys.slice(0, saved), sent: keys.length };
}

describe.each(TEST_DATABASE_KINDS)('crash durability (%s)', (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ env, cleanup } = await childDatabase(kind));
  });
  afterAll(() => cleanup?.());

  it(`every edit reported saved survives kill -9 (${TRIALS} trials)`, async () => {
    let child = await startChild(env);
    const { cookie, docName } = await setUpThroughHttp(child.port);
    const allSaved: string[] = [];
    const report: { saved: number; sent: number }[] = [];
    try {
      for (let trial = 0; trial < TRIALS; trial++) {
        const { savedKeys, sent } = await editUntilKilled(child, cookie, docName, trial);
        allSaved.push(...savedKeys);
        report.push({ saved: savedKeys.length, sent });
        child = await startChild(env);
        const reader = connectClient(`ws://127.0.0.1:${child.port}/yjs`, docName, cookie);
        try {
          await reader.synced();
          expect(allSaved.filter((key) => !hasNote(reader.doc, key))).toEqual([]);
        } finally {
          reader.destroy();
        }
      }
      console.log(`crash trials (${kind}): ${JSON.stringify(report)}`);
    } finally {
      await killHard(child);
    }
  }, 120_000);
});
