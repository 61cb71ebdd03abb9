import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  type RealtimeTestServer,
  setUpBoardCouncil,
  startRealtimeTestServer,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { loadDocument } from './docStore';

describe.each(TEST_DATABASE_KINDS)('convergence (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: Awaited<ReturnType<typeof setUpBoardCouncil>>;
  beforeAll(async () => {
    t = await startRealtimeTestServer(kind);
    council = await setUpBoardCouncil(t.server);
  });
  afterAll(() => t?.close());

  it('syncs an edit between two clients and reports it saved', async () => {
    const a = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    const b = connectClient(t.wsUrl, council.boardDoc, council.secretariat.cookie);
    try {
      await Promise.all([a.synced(), b.synced()]);
      a.doc.getMap('agencies').set('a1', '相談支援センター');
      await waitFor(() => b.doc.getMap('agencies').get('a1') === '相談支援センター');
      await waitFor(() => a.saved() > 0, 5000, 'saved');
      const stored = await loadDocument(t.database.db, council.boardDoc);
      const reloaded = new Y.Doc();
      Y.applyUpdate(reloaded, stored.state);
      expect(reloaded.getMap('agencies').get('a1')).toBe('相談支援センター');
    } finally {
      a.destroy();
      b.destroy();
    }
  });
});
