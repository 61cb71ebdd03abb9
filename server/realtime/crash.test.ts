import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_SAVED, MESSAGE_SYNC } from '../../shared/realtimeProtocol';
import { openDatabase } from '../db/client';
import { hasNote, setNote } from '../testing/boardEdits';
import { connectClient, openRawSocket, waitFor } from '../testing/realtimeHarness';
import { SECRETARIAT, TEST_ORIGIN } from '../testing/testApp';
import {
  createTestDatabase,
  TEST_DATABASE_KINDS,
  type TestDatabase,
} from '../testing/testDatabase';

// The durability promise: an edit reported saved survives kill -9 at any moment.

const childEntry = fileURLToPath(new URL('../testing/realtimeChild.ts', import.meta.url));
const TRIALS = 3;

type Child = { process: ChildProcess; port: number };

function startChild(env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', childEntry], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_ORIGIN: TEST_ORIGIN,
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /READY (\d+)/.exec(out);
      if (ready) resolve({ process: child, port: Number(ready[1]) });
    });
    child.once('exit', (code) => reject(new Error(`server child exited early (${code})`)));
  });
}

function killHard(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.process.once('exit', () => resolve());
    child.process.kill('SIGKILL');
  });
}

async function setUpThroughHttp(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const setup = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify(SECRETARIAT),
  });
  if (setup.status !== 201) throw new Error(`setup: ${await setup.text()}`);
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const councilId = ((await setup.json()) as { councils: { id: string }[] }).councils[0]?.id;
  const board = await fetch(`${base}/api/councils/${councilId}/boards`, {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'クラッシュ試験' }),
  });
  return { cookie, docName: `board:${((await board.json()) as { id: string }).id}` };
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

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
    if (kind === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'tsunagu-crash-'));
      env = { DATA_DIR: dir };
      // Start the data directory from the migrated template: a fresh initdb costs seconds.
      const template = process.env.TSUNAGU_PGLITE_TEMPLATE;
      if (template) {
        const seeded = await openDatabase({
          kind: 'pglite',
          dataDir: join(dir, 'pglite'),
          loadDataDir: new Blob([readFileSync(template)]),
        });
        await seeded.close();
      }
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const database: TestDatabase = await createTestDatabase('postgres');
      env = { DATABASE_URL: database.url as string };
      cleanup = database.destroy;
    }
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
