import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/realtimeProtocol';
import { noteOf, setNote } from '../testing/boardEdits';
import { type FailingStorage, failingStorage } from '../testing/failingStorage';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { applyStored, databaseStorage, loadDocument } from './docStore';

describe.each(TEST_DATABASE_KINDS)('storage failure (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let storage: FailingStorage;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(
      kind,
      {},
      {},
      {
        documentStorage: (db) => {
          storage = failingStorage(databaseStorage(db));
          return storage;
        },
      },
    ));
  });
  afterAll(() => t?.close());

  it('an edit that cannot be stored is never reported saved, and is stored once the database is back', async () => {
    const client = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    const closes: number[] = [];
    client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    try {
      await client.synced();
      // The database becomes unreachable: appends and loads fail.
      storage.failing = true;
      setNote(client.doc, 'during', 'outage');
      await waitFor(() => closes.includes(CLOSE.storageFailed.code), 5000, '1011 close');
      expect(client.allSaved()).toBe(false);

      storage.failing = false;
      // The client reconnects by itself and sends the edit again in sync step 2.
      await waitFor(() => client.allSaved(), 10_000, 'saved after recovery');
      const stored = new Y.Doc();
      applyStored(stored, (await loadDocument(t.database.db, council.boardDoc)).parts);
      expect(noteOf(stored, 'during')).toBe('outage');
    } finally {
      client.destroy();
    }
  });
});
