import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/realtimeProtocol';
import { listAudit } from '../audit/auditLog';
import {
  type BoardCouncil,
  connectClient,
  openRawSocket,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { addMember, call } from '../testing/testApp';
import { addCaseMember, createCase, pledgeCase } from '../testing/testCase';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// The case document at /yjs/case:<id> obeys the case rules: pledged members only, every open
// and edit audited, removed members disconnected at once.
describe.each(TEST_DATABASE_KINDS)('case documents over the realtime server (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let colleague: { cookie: string; userId: string };

  /** A case of the member's with the colleague in it; both pledged when `pledged`. */
  async function newCase(pledged: boolean): Promise<string> {
    const { app } = t.server;
    const id = await createCase(app, council.member.cookie, council.councilId, {
      pseudonym: 'Aさん',
      pledge: pledged,
    });
    await addCaseMember(app, council.secretariat.cookie, id, colleague.userId);
    if (pledged) await pledgeCase(app, colleague.cookie, id);
    return id;
  }

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

  it('refuses a member before the pledge, non-members and the secretariat alike', async () => {
    const docName = `case:${await newCase(false)}`;
    for (const cookie of [
      council.member.cookie,
      council.secretariat.cookie,
      council.guest.cookie,
    ]) {
      const socket = openRawSocket(t.wsUrl, docName, { cookie });
      expect(await socket.closed).toEqual(CLOSE.notFound);
      expect(socket.messages).toHaveLength(0);
    }
  });

  it('opens a case only by its canonical name: another spelling of its id is not found', async () => {
    const caseId = await newCase(true);
    for (const docName of [`case:${caseId.toUpperCase()}`, `case:{${caseId}}`, `case: ${caseId}`]) {
      const socket = openRawSocket(t.wsUrl, docName, { cookie: council.member.cookie });
      expect(await socket.closed).toEqual(CLOSE.notFound);
      expect(socket.messages).toHaveLength(0);
    }
  });

  it('serves pledged members live, and audits each open and editing session', async () => {
    const caseId = await newCase(true);
    const docName = `case:${caseId}`;
    const a = connectClient(t.wsUrl, docName, council.member.cookie);
    const b = connectClient(t.wsUrl, docName, colleague.cookie);
    try {
      await Promise.all([a.synced(), b.synced()]);
      a.doc.getMap('emergency.night').set('whoToCall', '基幹相談支援センター 夜間携帯');
      await waitFor(() => b.doc.getMap('emergency.night').get('whoToCall') !== undefined);
      // Both connections' sync replies are handled once both are saved.
      await waitFor(() => a.allSaved() && b.allSaved());
      const realtimeEntries = async () =>
        (await listAudit(t.database.db, { councilId: council.councilId, caseId }))
          .filter((e) => e.detail.includes('realtime'))
          .map((e) => [e.action, e.actorId])
          .sort();
      await waitFor(async () =>
        (await realtimeEntries()).some(([action]) => action === 'case.edit'),
      );
      // The editor: one open and one edit; the reader, who only synced: one open.
      expect(await realtimeEntries()).toEqual(
        [
          ['case.edit', council.member.userId],
          ['case.open', council.member.userId],
          ['case.open', colleague.userId],
        ].sort(),
      );
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('logs one open for the page and its document, however many connections it takes', async () => {
    const caseId = await newCase(true);
    const docName = `case:${caseId}`;
    // Something else in between makes the next open a new visit.
    await call(t.server.app, {
      method: 'POST',
      url: `/api/cases/${caseId}/exports`,
      cookie: colleague.cookie,
      body: { format: 'pdf' },
    });
    const before = await listAudit(t.database.db, { councilId: council.councilId, caseId });
    const page = await call(t.server.app, {
      method: 'GET',
      url: `/api/cases/${caseId}`,
      cookie: colleague.cookie,
    });
    expect(page.statusCode).toBe(200);
    for (let i = 0; i < 2; i++) {
      const client = connectClient(t.wsUrl, docName, colleague.cookie);
      try {
        await client.synced();
      } finally {
        client.destroy();
      }
    }
    const after = await listAudit(t.database.db, { councilId: council.councilId, caseId });
    const added = after.slice(0, after.length - before.length);
    expect(added.map((e) => [e.action, e.actorId])).toEqual([['case.open', colleague.userId]]);
  });

  it('disconnects a member removed from the case within a second', async () => {
    const caseId = await newCase(true);
    const docName = `case:${caseId}`;
    const client = connectClient(t.wsUrl, docName, colleague.cookie);
    try {
      await client.synced();
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        client.provider.once('closed', (event) => resolve(event)),
      );
      const start = Date.now();
      await call(t.server.app, {
        method: 'DELETE',
        url: `/api/cases/${caseId}/members/${colleague.userId}`,
        cookie: council.member.cookie,
      });
      expect(await closed).toEqual(CLOSE.revoked);
      expect(Date.now() - start).toBeLessThan(1000);
    } finally {
      client.destroy();
    }
  });
});
