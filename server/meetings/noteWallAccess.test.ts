import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { noteWallDocName, readWall, removeNote, updateNote } from '../../shared/meeting/noteWall';
import { CLOSE } from '../../shared/realtimeProtocol';
import { meetingGuestLinks, meetingGuests } from '../db/schema';
import { guestCookie } from '../testing/meetingSockets';
import {
  type BoardCouncil,
  connectClient,
  openRawSocket,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { call, signInToOtherCouncil } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting, revokeGuestLinks } from '../testing/testMeeting';

// Who may open a meeting's note wall over /yjs: the council's people, and a guest by link of that
// meeting only (writing when the facilitator allows it), until the link is revoked or expires.

const note = (text: string, authorId: string) => ({
  text,
  tint: 'yellow',
  x: 1,
  y: 1,
  authorId,
  createdAt: Date.now(),
});

describe.each(TEST_DATABASE_KINDS)('note wall access (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let meetingId: string;
  let otherMeetingId: string;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    const { app } = t.server;
    meetingId = await createMeeting(app, council.secretariat.cookie, council.councilId);
    otherMeetingId = await createMeeting(app, council.secretariat.cookie, council.councilId);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t?.close();
  });

  const connect = (docName: string, cookie: string) => {
    const client = connectClient(t.wsUrl, docName, cookie);
    clients.push(client);
    return client;
  };
  const closeOf = (docName: string, cookie: string) =>
    openRawSocket(t.wsUrl, docName, { cookie }).closed;
  // Written around the document functions, as any client could.
  const write = (client: TestClient, text: string, authorId: string) =>
    client.doc.transact(() => {
      const entry = new Y.Map<unknown>();
      client.doc.getMap('notes').set(text.replace(/\W/g, '') || 'n', entry);
      for (const [k, v] of Object.entries(note(text, authorId))) entry.set(k, v);
    });
  const guestIdOf = async (displayName: string) => {
    const [row] = await t.database.db
      .select({ id: meetingGuests.id })
      .from(meetingGuests)
      .where(eq(meetingGuests.displayName, displayName));
    return `guest:${row?.id}`;
  };
  const guestsMay = (notes: boolean) =>
    call(t.server.app, {
      method: 'PUT',
      url: `/api/meetings/${meetingId}/guests-may`,
      cookie: council.secretariat.cookie,
      body: { vote: false, notes },
    });

  it('members write on the wall; someone of another council cannot open it', async () => {
    const member = connect(noteWallDocName(meetingId), council.member.cookie);
    const secretariat = connect(noteWallDocName(meetingId), council.secretariat.cookie);
    await Promise.all([member.synced(), secretariat.synced()]);
    write(member, 'member1', council.member.userId);
    await waitFor(() => readWall(secretariat.doc).notes.length === 1, 5000, 'note seen');
    const outsider = await signInToOtherCouncil({
      app: t.server.app,
      database: t.database,
    } as never);
    expect(await closeOf(noteWallDocName(meetingId), outsider)).toMatchObject({
      code: CLOSE.notFound.code,
    });
  });

  it('a guest by link opens only its meeting’s wall, writes once allowed, and is let go when revoked', async () => {
    const cookie = await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 森');
    for (const docName of [noteWallDocName(otherMeetingId), council.boardDoc]) {
      expect({ docName, ...(await closeOf(docName, cookie)) }).toMatchObject({
        docName,
        code: CLOSE.notFound.code,
      });
    }
    const guest = connect(noteWallDocName(meetingId), cookie);
    const member = connect(noteWallDocName(meetingId), council.member.cookie);
    await Promise.all([guest.synced(), member.synced()]);
    // Not allowed yet: the guest reads and is told the wall is read-only.
    await waitFor(() => guest.readOnlyNotices() > 0, 5000, 'read-only notice');
    expect(readWall(guest.doc).notes.map((n) => n.text)).toContain('member1');
    expect((await guestsMay(true)).statusCode).toBe(200);
    // Allowed: the page opens the wall again (client/src/meetings/notes/useNoteWall.ts).
    const writer = connect(noteWallDocName(meetingId), cookie);
    await writer.synced();
    expect(writer.readOnlyNotices()).toBe(0);
    write(writer, 'guestAllowed', await guestIdOf('地域の方 森'));
    await waitFor(
      () => readWall(member.doc).notes.some((n) => n.text === 'guestAllowed'),
      5000,
      'allowed guest note',
    );

    const closed = new Promise<number>((resolve) =>
      guest.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    await revokeGuestLinks(t.server.app, council.secretariat.cookie, meetingId);
    expect(await closed).toBe(CLOSE.revoked.code);
    expect(await closeOf(noteWallDocName(meetingId), cookie)).toMatchObject({
      code: CLOSE.unauthenticated.code,
    });
  });

  it('a note is its writer’s: others may move it, but only its writer or the facilitator change or remove it', async () => {
    const docName = noteWallDocName(otherMeetingId);
    const member = connect(docName, council.member.cookie);
    const other = connect(docName, council.guest.cookie);
    const facilitator = connect(docName, council.secretariat.cookie);
    await Promise.all([member.synced(), other.synced(), facilitator.synced()]);
    write(member, 'mine', council.member.userId);
    await waitFor(() => readWall(other.doc).notes.length === 1, 5000, 'note seen');
    const id = 'mine';
    const seen = (client: TestClient) => readWall(client.doc).notes.find((n) => n.id === id);

    // Someone else's client rewrites and removes it around the UI: undone for everyone.
    updateNote(other.doc, id, { text: '書き換えた' }, 'test');
    await waitFor(() => seen(other)?.text === 'mine', 5000, 'rewrite undone');
    removeNote(other.doc, id, 'test');
    await waitFor(() => seen(other)?.text === 'mine', 5000, 'removal undone');
    // Writing in another's name is refused too.
    write(other, 'forged', council.member.userId);
    await waitFor(
      () => !readWall(other.doc).notes.some((n) => n.text === 'forged'),
      5000,
      'forged note undone',
    );
    // Moving it is anyone's.
    other.doc.transact(() => other.doc.getMap<Y.Map<unknown>>('notes').get(id)?.set('x', 400));
    await waitFor(() => seen(member)?.x === 400, 5000, 'move kept');
    expect(seen(member)?.text).toBe('mine');
    expect(seen(facilitator)?.text).toBe('mine');

    // The writer changes it; the facilitator removes it.
    updateNote(member.doc, id, { text: '自分で直した' }, 'test');
    await waitFor(() => seen(facilitator)?.text === '自分で直した', 5000, 'own change kept');
    removeNote(facilitator.doc, id, 'test');
    await waitFor(() => seen(member) === undefined && seen(other) === undefined, 5000, 'removed');
  });

  it('a guest’s connection closes when their link expires', async () => {
    const cookie = await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 林');
    await t.database.db
      .update(meetingGuestLinks)
      .set({ expiresAt: new Date(Date.now() + 1500) })
      .where(isNull(meetingGuestLinks.revokedAt));
    const socket = openRawSocket(t.wsUrl, noteWallDocName(meetingId), { cookie });
    await socket.opened;
    expect(await socket.closed).toMatchObject({ code: CLOSE.revoked.code });
  });
});
