import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docSnapshots, docUpdates } from '../db/schema';
import { boardContent, setNote } from '../testing/boardEdits';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { applyStored, loadDocument } from './docStore';

describe.each(TEST_DATABASE_KINDS)('compaction while people edit (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind, { compactAfterUpdates: 20 }));
  });
  afterAll(() => t?.close());

  it('merges the log into a snapshot from memory and loses nothing, with edits still arriving', async () => {
    const a = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    const b = connectClient(t.wsUrl, council.boardDoc, council.secretariat.cookie);
    try {
      await Promise.all([a.synced(), b.synced()]);
      for (let i = 0; i < 120; i++) {
        setNote(i % 2 ? a.doc : b.doc, `k${i % 30}`, `第${i}版`);
        if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await waitFor(() => a.allSaved() && b.allSaved(), 10_000, 'saved');
      await waitFor(() => boardContent(a.doc) === boardContent(b.doc), 5000, 'converged');
      const [snapshot] = await t.database.db
        .select()
        .from(docSnapshots)
        .where(eq(docSnapshots.docName, council.boardDoc));
      expect(snapshot?.throughUpdateId).toBeGreaterThan(0);
      const rows = await t.database.db
        .select({ id: docUpdates.id })
        .from(docUpdates)
        .where(eq(docUpdates.docName, council.boardDoc));
      expect(rows.length).toBeLessThan(120);
      const stored = new Y.Doc();
      applyStored(stored, (await loadDocument(t.database.db, council.boardDoc)).parts);
      expect(boardContent(stored)).toBe(boardContent(a.doc));
    } finally {
      a.destroy();
      b.destroy();
    }
  });
});
