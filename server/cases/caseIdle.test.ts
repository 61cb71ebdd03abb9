import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/realtimeProtocol';
import { applyStored, loadDocument } from '../realtime/docStore';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { addMember, call, sessionCookieOf } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// The case idle limit (CASE_IDLE_MINUTES) holds for a case document held open, not only for the
// next HTTP request: a session unused for the limit is ended and its case socket closed, so it
// receives nothing more and what it sends is not saved. Edits sent over the socket are use.

const IDLE_MS = 2000;
const PASSWORD = 'member password 1';
const night = (doc: Y.Doc) => doc.getMap('emergency.night');

describe.each(TEST_DATABASE_KINDS)('the case idle limit on open case documents (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let people = 0;

  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind, {}, { caseIdleMs: IDLE_MS }));
  });
  afterAll(() => t?.close());

  // The limit is short, so every step signs in just before it.
  const signIn = async (email: string) =>
    sessionCookieOf(
      await call(t.server.app, {
        method: 'POST',
        url: '/api/auth/sign-in',
        body: { email, password: PASSWORD },
      }),
    );

  /** A pledged member's own new case; returns its document name and the member's email. */
  const caseOfNewMember = async () => {
    const email = `idle-${++people}@example.jp`;
    await addMember(t.server.app, council.secretariat.cookie, council.councilId, 'member', email);
    const cookie = await signIn(email);
    const created = await call(t.server.app, {
      method: 'POST',
      url: `/api/councils/${council.councilId}/cases`,
      cookie,
      body: { pseudonym: 'Bさん', legalBasis: 'supportMeeting106_6', agency: '相談支援事業所' },
    });
    expect(created.statusCode).toBe(201);
    const caseId = created.json().id as string;
    const pledged = await call(t.server.app, {
      method: 'POST',
      url: `/api/cases/${caseId}/pledge`,
      cookie: await signIn(email),
    });
    expect(pledged.statusCode).toBeLessThan(300);
    return { docName: `case:${caseId}`, email };
  };

  const closedOnce = (client: TestClient) =>
    new Promise<{ code: number; reason: string }>((resolve) =>
      client.provider.once('connection-close', (event) =>
        resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' }),
      ),
    );

  it('ends an idle session holding a case open: closed at the limit, later edits not saved', async () => {
    const { docName, email } = await caseOfNewMember();
    const cookie = await signIn(email);
    const client = connectClient(t.wsUrl, docName, cookie);
    try {
      const closed = closedOnce(client);
      const openedAt = Date.now();
      await client.synced();
      expect(await closed).toEqual(CLOSE.sessionEnded);
      const after = Date.now() - openedAt;
      expect(after).toBeGreaterThanOrEqual(IDLE_MS - 200);
      expect(after).toBeLessThan(IDLE_MS + 1000);

      const refused = new Promise<{ code: number }>((resolve) =>
        client.provider.once('closed', (event) => resolve(event)),
      );
      night(client.doc).set('whoToCall', 'written after the idle limit');
      expect((await refused).code).toBe(CLOSE.unauthenticated.code);
      const stored = new Y.Doc();
      applyStored(stored, (await loadDocument(t.database.db, docName)).parts);
      expect(night(stored).get('whoToCall')).toBeUndefined();
      const me = await call(t.server.app, { method: 'GET', url: '/api/me', cookie });
      expect(me.statusCode).toBe(401);
    } finally {
      client.destroy();
    }
  });

  it('keeps a session that edits over the socket open, and ends it once the edits stop', async () => {
    const { docName, email } = await caseOfNewMember();
    const cookie = await signIn(email);
    const client = connectClient(t.wsUrl, docName, cookie);
    try {
      const closed = closedOnce(client);
      let ended = false;
      void closed.then(() => {
        ended = true;
      });
      await client.synced();
      const start = Date.now();
      let n = 0;
      while (Date.now() - start < IDLE_MS * 1.5) {
        night(client.doc).set('whoToCall', `edit ${++n}`);
        await waitFor(() => client.allSaved(), 5000, 'edit saved');
        await new Promise((resolve) => setTimeout(resolve, IDLE_MS / 5));
      }
      expect(ended).toBe(false);
      // Once the edits stop, the limit runs from the last one.
      const stoppedAt = Date.now();
      expect(await closed).toEqual(CLOSE.sessionEnded);
      expect(Date.now() - stoppedAt).toBeLessThan(IDLE_MS + 1000);
    } finally {
      client.destroy();
    }
  });
});
