import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/realtimeProtocol';
import { listAudit } from '../audit/auditLog';
import { docSnapshots, docUpdates } from '../db/schema';
import {
  type BoardCouncil,
  connectClient,
  openRawSocket,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { updateMessage } from '../testing/serverChild';
import { addMember, call } from '../testing/testApp';
import { addCaseMember, createCase, pledgeCase } from '../testing/testCase';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// Deleting a case removes its document for good, even while members have it open: nothing of
// it is written back afterwards, by the open connections, by edits in flight or by compaction.

describe.each(TEST_DATABASE_KINDS)('deleting a case that is open (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let colleague: { cookie: string; userId: string };

  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    colleague = await addMember(
      t.server.app,
      council.secretariat.cookie,
      council.councilId,
      'member',
      'colleague@example.jp',
    );
  });
  afterAll(() => t?.close());

  /** A case with the member and the colleague in it, both pledged. */
  async function openCase(): Promise<{ caseId: string; docName: string }> {
    const { app } = t.server;
    const caseId = await createCase(app, council.member.cookie, council.councilId);
    await addCaseMember(app, council.secretariat.cookie, caseId, colleague.userId);
    await pledgeCase(app, colleague.cookie, caseId);
    return { caseId, docName: `case:${caseId}` };
  }

  const deleteCase = (caseId: string) =>
    call(t.server.app, {
      method: 'DELETE',
      url: `/api/cases/${caseId}`,
      cookie: council.secretariat.cookie,
    });

  async function storedRows(docName: string) {
    const { db } = t.database;
    const updates = await db.select().from(docUpdates).where(eq(docUpdates.docName, docName));
    const snapshots = await db.select().from(docSnapshots).where(eq(docSnapshots.docName, docName));
    return updates.length + snapshots.length;
  }

  /** Once the server holds no document any more, nothing can write it back later. */
  const settled = () =>
    waitFor(() => t.server.realtime.stats().loadedDocuments === 0, 5000, 'documents unloaded');

  it('closes both editors with 4410, stores nothing of the case afterwards, refuses reconnects like 404, keeps the audit', async () => {
    const { caseId, docName } = await openCase();
    const a = connectClient(t.wsUrl, docName, council.member.cookie);
    const b = connectClient(t.wsUrl, docName, colleague.cookie);
    const closes: { code: number; reason: string }[] = [];
    for (const client of [a, b]) {
      client.provider.on('connection-close', (event) => {
        if (event) closes.push({ code: event.code, reason: event.reason });
      });
    }
    try {
      await Promise.all([a.synced(), b.synced()]);
      a.doc.getMap('emergency.night').set('whoToCall', '夜間携帯 090-0000-0000');
      b.doc.getMap('emergency.holiday').set('whoToCall', '休日 相談支援事業所');
      await waitFor(() => a.allSaved() && b.allSaved());
      expect(await storedRows(docName)).toBeGreaterThan(0);

      const deleted = await deleteCase(caseId);
      expect(deleted.statusCode).toBe(200);
      await waitFor(() => closes.length === 2, 5000, 'both closed');
      expect(closes).toEqual([CLOSE.deleted, CLOSE.deleted]);
      await settled();
      expect(await storedRows(docName)).toBe(0);

      const again = openRawSocket(t.wsUrl, docName, { cookie: council.member.cookie });
      expect(await again.closed).toEqual(CLOSE.notFound);
      const entries = await listAudit(t.database.db, { councilId: council.councilId, caseId });
      expect(entries.map((e) => e.action)).toContain('case.delete');
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('a delete racing 50 updates in flight leaves no row of the document', async () => {
    const { caseId, docName } = await openCase();
    const socket = openRawSocket(t.wsUrl, docName, { cookie: council.member.cookie });
    await socket.opened;
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 50; i++) doc.getMap('emergency.night').set('whoToCall', `連絡先 ${i}`);
    for (const update of updates) socket.ws.send(updateMessage(update));
    const deleting = deleteCase(caseId);
    expect((await socket.closed).code).toBe(CLOSE.deleted.code);
    expect((await deleting).statusCode).toBe(200);
    await settled();
    expect(await storedRows(docName)).toBe(0);
  });
});
