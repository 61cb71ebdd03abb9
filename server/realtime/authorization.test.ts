import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/realtimeProtocol';
import { boards, councils } from '../db/schema';
import { hasNote, noteOf, setNote } from '../testing/boardEdits';
import {
  type BoardCouncil,
  connectClient,
  createBoardDoc,
  openRawSocket,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { addMember, call } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { applyStored, loadDocument } from './docStore';

describe.each(TEST_DATABASE_KINDS)('document authorization (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let foreignDoc: string;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    // A board of another council, with content that must never reach this council's members.
    const [other] = await t.database.db.insert(councils).values({ name: '隣の市' }).returning();
    const [board] = await t.database.db
      .insert(boards)
      .values({ councilId: other?.id as string, name: '秘密' })
      .returning();
    foreignDoc = `board:${board?.id}`;
  });
  afterAll(() => t?.close());

  const refusedCases = () => [
    { what: 'no session', doc: council.boardDoc, headers: {}, close: CLOSE.unauthenticated },
    {
      what: 'forged cookie',
      doc: council.boardDoc,
      headers: { cookie: 'tsunagu_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
      close: CLOSE.unauthenticated,
    },
    {
      what: 'wrong Origin',
      doc: council.boardDoc,
      headers: { cookie: council.member.cookie, origin: 'https://evil.example' },
      close: CLOSE.badOrigin,
    },
    {
      what: 'no Origin',
      doc: council.boardDoc,
      headers: { cookie: council.member.cookie, origin: '' },
      close: CLOSE.badOrigin,
    },
    {
      what: 'another council’s board',
      doc: foreignDoc,
      headers: { cookie: council.member.cookie },
      close: CLOSE.notFound,
    },
    {
      what: 'a board that does not exist',
      doc: 'board:00000000-0000-4000-8000-000000000000',
      headers: { cookie: council.member.cookie },
      close: CLOSE.notFound,
    },
    {
      what: 'an unknown document kind',
      doc: 'case:00000000-0000-4000-8000-000000000000x',
      headers: { cookie: council.member.cookie },
      close: CLOSE.notFound,
    },
    {
      what: 'a malformed id',
      doc: 'board:not-a-uuid',
      headers: { cookie: council.member.cookie },
      close: CLOSE.notFound,
    },
  ];

  it('refuses each unauthorised socket with a clear close code and sends nothing', async () => {
    for (const c of refusedCases()) {
      const socket = openRawSocket(t.wsUrl, c.doc, c.headers);
      const closed = await socket.closed;
      expect({ what: c.what, ...closed, messages: socket.messages.length }).toEqual({
        what: c.what,
        ...c.close,
        messages: 0,
      });
    }
    // Refusals happen before loading: none of those documents was loaded.
    expect(t.server.realtime.stats().loadedDocuments).toBe(0);
  });

  it('the stock provider stops reconnecting after a permanent refusal', async () => {
    const client = connectClient(t.wsUrl, council.boardDoc, undefined);
    try {
      const closed = await new Promise<{ code: number }>((resolve) =>
        client.provider.once('closed', (event) => resolve(event)),
      );
      expect(closed.code).toBe(CLOSE.unauthenticated.code);
      expect(client.provider.shouldConnect).toBe(false);
    } finally {
      client.destroy();
    }
  });

  it('a guest reads but its writes are dropped, not stored and not broadcast', async () => {
    const member = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    const guest = connectClient(t.wsUrl, council.boardDoc, council.guest.cookie);
    try {
      await Promise.all([member.synced(), guest.synced()]);
      setNote(member.doc, 'visible', 'yes');
      await waitFor(() => noteOf(guest.doc, 'visible') === 'yes');
      await waitFor(() => member.allSaved());
      expect(guest.readOnlyNotices()).toBe(1);

      setNote(guest.doc, 'forbidden', 'guest edit');
      // A later member edit is stored after anything the guest sent would have been.
      setNote(member.doc, 'after', '1');
      await waitFor(() => member.allSaved());
      await waitFor(() => noteOf(guest.doc, 'after') === '1');
      expect(hasNote(member.doc, 'forbidden')).toBe(false);
      expect(guest.saved()).toBe(0);
      const stored = new Y.Doc();
      applyStored(stored, (await loadDocument(t.database.db, council.boardDoc)).parts);
      expect(hasNote(stored, 'forbidden')).toBe(false);
      expect(noteOf(stored, 'after')).toBe('1');
      expect(guest.readOnlyNotices()).toBe(1);
    } finally {
      member.destroy();
      guest.destroy();
    }
  });

  it('a change of the document’s access re-decides its open connections', async () => {
    const docName = await createBoardDoc(t.server, council.secretariat.cookie, council.councilId);
    const boardId = docName.slice('board:'.length);
    const client = connectClient(t.wsUrl, docName, council.member.cookie);
    try {
      await client.synced();
      await t.database.db.update(boards).set({ archived: true }).where(eq(boards.id, boardId));
      t.server.events.emitDocumentAccessChanged(docName);
      await waitFor(() => client.readOnlyNotices() === 1, 1000, 'read-only after archiving');

      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        client.provider.once('closed', (event) => resolve(event)),
      );
      await t.database.db.delete(boards).where(eq(boards.id, boardId));
      t.server.events.emitDocumentAccessChanged(docName);
      expect(await closed).toEqual(CLOSE.revoked);
    } finally {
      client.destroy();
    }
  });

  it('a member demoted to guest becomes read-only; a removed member is disconnected within a second', async () => {
    const { app } = t.server;
    const person = await addMember(
      app,
      council.secretariat.cookie,
      council.councilId,
      'member',
      'temp@example.jp',
    );
    const client = connectClient(t.wsUrl, council.boardDoc, person.cookie);
    try {
      await client.synced();
      expect(client.readOnlyNotices()).toBe(0);
      const demoted = await call(app, {
        method: 'PATCH',
        url: `/api/councils/${council.councilId}/members/${person.userId}`,
        cookie: council.secretariat.cookie,
        body: { role: 'guest' },
      });
      expect(demoted.statusCode).toBe(204);
      await waitFor(() => client.readOnlyNotices() === 1, 1000, 'read-only notice');

      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        client.provider.once('closed', (event) => resolve(event)),
      );
      const firstClose = new Promise<number>((resolve) =>
        client.provider.once('connection-close', () => resolve(Date.now())),
      );
      const removedAt = Date.now();
      const removed = await call(app, {
        method: 'DELETE',
        url: `/api/councils/${council.councilId}/members/${person.userId}`,
        cookie: council.secretariat.cookie,
      });
      expect(removed.statusCode).toBe(204);
      // Out of their last council, their sessions end too: whichever close comes first, the
      // provider stops (4403), or reconnects and is refused as signed out (4401).
      expect((await firstClose) - removedAt).toBeLessThan(1000);
      expect([CLOSE.revoked, CLOSE.unauthenticated]).toContainEqual(await closed);
    } finally {
      client.destroy();
    }
  });
});
