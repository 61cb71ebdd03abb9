import { eq } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type JoinAck,
  MEETING_PRIVATE_NOTE,
  type PrivateNotesAck,
} from '../../shared/meeting/liveProtocol';
import { noteWallDocName, readWall } from '../../shared/meeting/noteWall';
import { meetingPrivateNotes } from '../db/schema';
import {
  ask,
  guestCookie,
  joinMeeting,
  type MeetingClient,
  openMeetingClient,
  sendCommand,
} from '../testing/meetingSockets';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting } from '../testing/testMeeting';

// Private rounds of the note wall: a person's notes stay on the server, seen by nobody else (no
// event, no document update carries them) until the facilitator reveals them all at once;
// anonymous ones are revealed without author and the server keeps no trace of who wrote them.

describe.each(TEST_DATABASE_KINDS)('private notes (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let meetingId: string;
  const sockets: Socket[] = [];
  const docs: TestClient[] = [];
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    meetingId = await createMeeting(t.server.app, council.secretariat.cookie, council.councilId, {
      facilitatorIds: [council.secretariat.userId],
    });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    for (const d of docs) d.destroy();
    await t?.close();
  });

  const joined = async (cookie: string) => {
    const client = await openMeetingClient(t.httpUrl, cookie, sockets);
    const ack = await joinMeeting(client, meetingId);
    if (!ack.ok) throw new Error(ack.error);
    return { client, ack };
  };
  const wall = async (cookie: string) => {
    const client = connectClient(t.wsUrl, noteWallDocName(meetingId), cookie);
    docs.push(client);
    await client.synced();
    // Every byte the wall's server sends this reader, to search for a private text.
    const bytes: Buffer[] = [];
    client.provider.ws?.addEventListener('message', (event: { data: unknown }) => {
      bytes.push(Buffer.from(event.data as ArrayBuffer));
    });
    return { client, bytes };
  };
  const keep = (c: MeetingClient, id: string, text: string) =>
    ask<PrivateNotesAck>(c, MEETING_PRIVATE_NOTE, {
      meetingId,
      op: 'add',
      note: { id, text, tint: 'pink' },
    });
  const everything = (c: MeetingClient) => JSON.stringify(c.received);

  it('keeps a private note from everyone but its author until the reveal, then shows it with its author', async () => {
    const { client: facilitator } = await joined(council.secretariat.cookie);
    const { client: member } = await joined(council.member.cookie);
    const { client: other } = await joined(council.guest.cookie);
    const otherWall = await wall(council.guest.cookie);

    expect(await keep(member, 'p1', 'まだ秘密の付箋')).toEqual({
      ok: false,
      error: 'no_private_notes',
    });
    expect(
      await sendCommand(member, meetingId, { type: 'notes.private', anonymous: false }),
    ).toEqual({ ok: false, error: 'forbidden' });
    expect(
      await sendCommand(facilitator, meetingId, { type: 'notes.private', anonymous: false }),
    ).toEqual({ ok: true });
    await waitFor(() => other.latest()?.state.privateNotes !== null, 5000, 'private round seen');
    expect(await keep(member, 'p1', 'まだ秘密の付箋')).toEqual({
      ok: true,
      notes: [{ id: 'p1', text: 'まだ秘密の付箋', tint: 'pink' }],
    });
    // The author gets their notes back on joining again; nobody else does.
    const again = await joined(council.member.cookie);
    expect(again.ack).toMatchObject({ privateNotes: [{ id: 'p1', text: 'まだ秘密の付箋' }] });
    const otherAgain = await joined(council.guest.cookie);
    expect((otherAgain.ack as Extract<JoinAck, { ok: true }>).privateNotes).toEqual([]);
    for (const c of [facilitator, other, otherAgain.client]) {
      expect(everything(c)).not.toContain('まだ秘密の付箋');
    }
    expect(readWall(otherWall.client.doc).notes).toEqual([]);
    expect(Buffer.concat(otherWall.bytes).includes(Buffer.from('まだ秘密の付箋'))).toBe(false);

    expect(await sendCommand(facilitator, meetingId, { type: 'notes.reveal' })).toEqual({
      ok: true,
    });
    await waitFor(
      () => readWall(otherWall.client.doc).notes.some((n) => n.text === 'まだ秘密の付箋'),
      5000,
      'revealed note',
    );
    expect(readWall(otherWall.client.doc).notes[0]).toMatchObject({
      id: 'p1',
      authorName: 'member',
      tint: 'pink',
    });
    await waitFor(() => other.latest()?.state.privateNotes === null, 5000, 'round over');
  });

  it('reveals an anonymous round without authors, and keeps no trace of who wrote what', async () => {
    const { client: facilitator } = await joined(council.secretariat.cookie);
    const { client: member } = await joined(council.member.cookie);
    const observer = await wall(council.guest.cookie);
    await sendCommand(facilitator, meetingId, { type: 'notes.private', anonymous: true });
    await waitFor(() => member.latest()?.state.privateNotes?.anonymous === true, 5000, 'round');
    expect((await keep(member, 'a1', '誰が書いたか分からない付箋')).ok).toBe(true);
    await sendCommand(facilitator, meetingId, { type: 'notes.reveal' });
    await waitFor(
      () => readWall(observer.client.doc).notes.some((n) => n.id === 'a1'),
      5000,
      'anonymous note revealed',
    );
    const entry = observer.client.doc.getMap('notes').toJSON().a1;
    expect(Object.keys(entry).sort()).toEqual(['createdAt', 'text', 'tint', 'x', 'y']);
    const stored = await t.database.db
      .select()
      .from(meetingPrivateNotes)
      .where(eq(meetingPrivateNotes.meetingId, meetingId));
    expect(stored).toEqual([]);
    // No event any participant received ties the text to a person.
    for (const c of [facilitator, member]) expect(everything(c)).not.toContain('誰が書いたか');
  });

  it('lets a guest keep private notes only when guests may add notes', async () => {
    const { client: facilitator } = await joined(council.secretariat.cookie);
    const cookie = await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 森');
    const { client: guest } = await joined(cookie);
    await sendCommand(facilitator, meetingId, { type: 'notes.private', anonymous: false });
    await waitFor(() => guest.latest()?.state.privateNotes !== null, 5000, 'round');
    expect(await keep(guest, 'g1', 'ゲストの付箋')).toEqual({ ok: false, error: 'forbidden' });
    await sendCommand(facilitator, meetingId, { type: 'notes.reveal' });
  });
});
