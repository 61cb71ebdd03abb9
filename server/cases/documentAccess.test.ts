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
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// The case document at /yjs/case:<id> obeys the case rules: pledged members only, every open
// and edit audited, removed members disconnected at once.
describe.each(TEST_DATABASE_KINDS)('case documents over the realtime server (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let caseId: string;
  let docName: string;
  let colleague: { cookie: string; userId: string };

  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    const { app } = t.server;
    const created = await call(app, {
      method: 'POST',
      url: `/api/councils/${council.councilId}/cases`,
      cookie: council.member.cookie,
      body: {
        pseudonym: 'Aさん',
        legalBasis: 'supportMeeting106_6',
        agency: '基幹相談支援センター',
      },
    });
    caseId = created.json().id;
    docName = `case:${caseId}`;
    colleague = await addMember(
      app,
      council.secretariat.cookie,
      council.councilId,
      'member',
      'colleague@example.jp',
    );
    await call(app, {
      method: 'POST',
      url: `/api/cases/${caseId}/members`,
      cookie: council.secretariat.cookie,
      body: { userId: colleague.userId, agency: '地域包括支援センター' },
    });
  });
  afterAll(() => t?.close());

  it('refuses a member before the pledge, non-members and the secretariat alike', async () => {
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

  it('serves pledged members live, and audits each open and editing session', async () => {
    for (const cookie of [council.member.cookie, colleague.cookie]) {
      await call(t.server.app, { method: 'POST', url: `/api/cases/${caseId}/pledge`, cookie });
    }
    const a = connectClient(t.wsUrl, docName, council.member.cookie);
    const b = connectClient(t.wsUrl, docName, colleague.cookie);
    try {
      await Promise.all([a.synced(), b.synced()]);
      a.doc.getMap('emergency.night').set('whoToCall', '基幹相談支援センター 夜間携帯');
      await waitFor(() => b.doc.getMap('emergency.night').get('whoToCall') !== undefined);
      await waitFor(() => a.allSaved());
      await waitFor(async () => {
        const entries = await listAudit(t.database.db, { councilId: council.councilId, caseId });
        return entries.some((e) => e.action === 'case.edit');
      });
      const entries = await listAudit(t.database.db, { councilId: council.councilId, caseId });
      const realtime = entries
        .filter((e) => e.detail.includes('realtime'))
        .map((e) => [e.action, e.actorId]);
      expect(realtime).toEqual(
        expect.arrayContaining([
          ['case.open', council.member.userId],
          ['case.open', colleague.userId],
          ['case.edit', council.member.userId],
        ]),
      );
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('disconnects a member removed from the case within a second', async () => {
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
