import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { MESSAGE_SYNC } from '../../shared/realtimeProtocol';
import { openDatabase } from '../db/client';
import { SECRETARIAT, TEST_ORIGIN } from './testApp';
import { createTestDatabase, type TestDatabaseKind } from './testDatabase';

// A database that outlives the server child processes (server/process/childServer.ts) of the
// tests that kill it with SIGKILL and start it again (crash durability).

/**
 * A database for child servers: the environment that points a child at it (and takes the test
 * origin), and its removal.
 */
export async function childDatabase(
  kind: TestDatabaseKind,
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-crash-'));
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
    return {
      env: { DATA_DIR: dir, PUBLIC_ORIGIN: TEST_ORIGIN },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = await createTestDatabase('postgres');
  return {
    env: { DATABASE_URL: database.url as string, PUBLIC_ORIGIN: TEST_ORIGIN },
    cleanup: database.destroy,
  };
}

/** Sets up a council and a board over HTTP; returns the secretariat's cookie, council and board. */
export async function setUpThroughHttp(port: number) {
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
  return {
    cookie,
    councilId: councilId as string,
    docName: `board:${((await board.json()) as { id: string }).id}`,
  };
}

/** A y-websocket sync `update` message carrying `update`. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}
