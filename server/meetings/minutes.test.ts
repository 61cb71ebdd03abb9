import { eq } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { CardEventView } from '../../shared/cardApi';
import { MEETING_ATTENDED } from '../../shared/meeting/liveProtocol';
import {
  addActionItem,
  addDecision,
  ensureNoteTexts,
  GENERAL_NOTES,
  minutesDocName,
  notesOf,
  readMinutes,
} from '../../shared/meeting/minutes';
import type { MinutesView } from '../../shared/meeting/minutesApi';
import { CLOSE } from '../../shared/realtimeProtocol';
import { meetings } from '../db/schema';
import { docxXml } from '../testing/docxXml';
import { guestCookie, joinMeeting, openMeetingClient } from '../testing/meetingSockets';
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
import { createMeeting } from '../testing/testMeeting';
import { meetingBodyWith } from './sampleMeeting';

// A meeting's minutes: co-written over /yjs by the council's people (guests read them), the
// attendees taken from who joined, closing that freezes them and puts their action items on the
// cards once, and the DOCX.

describe.each(TEST_DATABASE_KINDS)('meeting minutes (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let cardId: string;
  let otherCardId: string;
  const clients: TestClient[] = [];
  const sockets: Socket[] = [];
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    const { app } = t.server;
    const terms = await call(app, {
      method: 'GET',
      url: `/api/councils/${council.councilId}/terms`,
      cookie: council.member.cookie,
    });
    const termId = terms.json()[0].id as string;
    const card = async (code: string, title: string) => {
      const created = await call(app, {
        method: 'POST',
        url: `/api/terms/${termId}/cards`,
        cookie: council.member.cookie,
        body: { subcommitteeId: null, code, title },
      });
      return created.json().id as string;
    };
    cardId = await card('A', '誰もがゆるやかにつながれる居場所づくり');
    otherCardId = await card('B', '送迎の足りない地域');
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  const connect = (meetingId: string, cookie: string) => {
    const client = connectClient(t.wsUrl, minutesDocName(meetingId), cookie);
    clients.push(client);
    return client;
  };
  const get = (url: string, cookie: string) => call(t.server.app, { method: 'GET', url, cookie });
  const close = (meetingId: string, cookie = council.secretariat.cookie) =>
    call(t.server.app, { method: 'POST', url: `/api/meetings/${meetingId}/close`, cookie });
  const newMeeting = () =>
    createMeeting(t.server.app, council.secretariat.cookie, council.councilId);
  const minutesOf = async (meetingId: string, cookie = council.member.cookie) =>
    (await get(`/api/meetings/${meetingId}/minutes`, cookie)).json() as MinutesView;
  const history = async (id: string) =>
    (await get(`/api/cards/${id}/history`, council.member.cookie)).json() as CardEventView[];
  const typeIn = (client: TestClient, key: string, text: string) => {
    ensureNoteTexts(client.doc, [key], null);
    const note = notesOf(client.doc).get(key) as Y.Text;
    note.insert(note.length, text);
  };

  it('members co-write the minutes; a guest by link reads them but cannot write; another council cannot open them', async () => {
    const meetingId = await newMeeting();
    const member = connect(meetingId, council.member.cookie);
    const secretariat = connect(meetingId, council.secretariat.cookie);
    await Promise.all([member.synced(), secretariat.synced()]);
    typeIn(member, GENERAL_NOTES, '開会。');
    await waitFor(
      () => readMinutes(secretariat.doc).notes.get(GENERAL_NOTES) === '開会。',
      5000,
      'member’s notes seen',
    );
    typeIn(secretariat, GENERAL_NOTES, '事務局より報告。');
    await waitFor(
      () => readMinutes(member.doc).notes.get(GENERAL_NOTES) === '開会。事務局より報告。',
      5000,
      'both people’s words kept',
    );

    const guestOf = await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 森');
    const guest = connect(meetingId, guestOf);
    await guest.synced();
    await waitFor(() => guest.readOnlyNotices() > 0, 5000, 'guest told read-only');
    expect(readMinutes(guest.doc).notes.get(GENERAL_NOTES)).toBe('開会。事務局より報告。');
    typeIn(guest, GENERAL_NOTES, '書き換え');
    // The council guest (a role, not a link) cannot write either.
    const councilGuest = connect(meetingId, council.guest.cookie);
    await councilGuest.synced();
    await waitFor(() => councilGuest.readOnlyNotices() > 0, 5000, 'council guest read-only');
    const minutes = await minutesOf(meetingId);
    expect(minutes.sections.at(-1)).toMatchObject({ title: null, notes: '開会。事務局より報告。' });
    expect((await minutesOf(meetingId, guestOf)).canEdit).toBe(false);

    const outsider = await signInToOtherCouncil({ database: t.database } as never);
    expect(
      await openRawSocket(t.wsUrl, minutesDocName(meetingId), { cookie: outsider }).closed,
    ).toMatchObject({ code: CLOSE.notFound.code });
    expect((await get(`/api/meetings/${meetingId}/minutes`, outsider)).statusCode).toBe(404);
  });

  it('records who joined live, members and guests, once each, and nobody after the close', async () => {
    const meetingId = await newMeeting();
    const guestOf = await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 林');
    const first = await openMeetingClient(t.httpUrl, council.secretariat.cookie, sockets);
    const heard = () => first.received.filter(([event]) => event === MEETING_ATTENDED).length;
    // Everyone in the room hears of each newcomer (themselves included), so open minutes follow;
    // newcomers in quick succession may be announced together.
    const comes = async (cookie: string) => {
      const before = heard();
      const client =
        cookie === council.secretariat.cookie
          ? first
          : await openMeetingClient(t.httpUrl, cookie, sockets);
      expect(await joinMeeting(client, meetingId)).toMatchObject({ ok: true });
      await waitFor(() => heard() > before, 5000, 'newcomer announced');
    };
    await comes(council.secretariat.cookie);
    await comes(council.member.cookie);
    await comes(guestOf);
    const again = await openMeetingClient(t.httpUrl, council.member.cookie, sockets);
    expect(await joinMeeting(again, meetingId)).toMatchObject({ ok: true });
    expect((await minutesOf(meetingId)).attendees).toEqual([
      { name: expect.any(String), kind: 'member' },
      { name: expect.any(String), kind: 'member' },
      { name: '地域の方 林', kind: 'guest' },
    ]);
    expect((await close(meetingId)).statusCode).toBe(200);
    const later = await openMeetingClient(t.httpUrl, council.guest.cookie, sockets);
    expect(await joinMeeting(later, meetingId)).toMatchObject({ ok: true });
    expect((await minutesOf(meetingId)).attendees).toHaveLength(3);
  });

  it('a guest’s session ends with the meeting: their sockets close and the API no longer knows them', async () => {
    const meetingId = await newMeeting();
    const guestOf = await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 森');
    const live = await openMeetingClient(t.httpUrl, guestOf, sockets);
    expect(await joinMeeting(live, meetingId)).toMatchObject({ ok: true });
    const minutes = openRawSocket(t.wsUrl, minutesDocName(meetingId), { cookie: guestOf });
    await minutes.opened;
    expect((await get(`/api/meetings/${meetingId}/minutes`, guestOf)).statusCode).toBe(200);

    expect((await close(meetingId)).statusCode).toBe(200);
    await waitFor(() => !live.socket.connected, 5000, 'the guest’s meeting socket let go');
    expect((await minutes.closed).code).toBeGreaterThanOrEqual(4000);
    expect((await get(`/api/meetings/${meetingId}/minutes`, guestOf)).statusCode).toBe(401);
    const again = openRawSocket(t.wsUrl, minutesDocName(meetingId), { cookie: guestOf });
    expect((await again.closed).code).toBeGreaterThanOrEqual(4000);
    // The council's own people still read what the meeting left.
    expect(
      (await get(`/api/meetings/${meetingId}/minutes`, council.member.cookie)).statusCode,
    ).toBe(200);
  });

  it('closing freezes the minutes: an open editor turns read-only and what it sends is not kept', async () => {
    const meetingId = await newMeeting();
    const member = connect(meetingId, council.member.cookie);
    await member.synced();
    typeIn(member, GENERAL_NOTES, '確定する内容');
    await waitFor(() => member.allSaved(), 5000, 'saved');
    expect((await close(meetingId, council.member.cookie)).statusCode).toBe(403);
    expect((await close(meetingId)).statusCode).toBe(200);
    await waitFor(() => member.readOnlyNotices() > 0, 5000, 'told read-only');
    typeIn(member, GENERAL_NOTES, '閉会後の追記');
    addDecision(member.doc, { text: '閉会後の決定', createdAt: Date.now() }, null);
    const again = connect(meetingId, council.member.cookie);
    await again.synced();
    expect(readMinutes(again.doc).notes.get(GENERAL_NOTES)).toBe('確定する内容');
    expect(readMinutes(again.doc).decisions).toEqual([]);
    const minutes = await minutesOf(meetingId);
    expect(minutes.meeting).toMatchObject({ status: 'closed', closedBy: expect.any(String) });
    expect(minutes.canEdit).toBe(false);
  });

  it('puts each action item on its card once, however often and however the close is retried', async () => {
    const meetingId = await createMeeting(
      t.server.app,
      council.secretariat.cookie,
      council.councilId,
      {
        agenda: meetingBodyWith().agenda.map((item) => ({
          ...item,
          links: [{ kind: 'card', id: cardId, label: 'A' }],
        })),
      },
    );
    const member = connect(meetingId, council.member.cookie);
    await member.synced();
    const action = addActionItem(
      member.doc,
      {
        text: '居場所の候補地を3か所調べる',
        ownerId: council.member.userId,
        ownerName: '田中',
        due: '2027-01-31',
        cardId,
        cardLabel: 'A 誰もがゆるやかにつながれる居場所づくり',
        createdAt: 1,
      },
      null,
    );
    addActionItem(member.doc, { text: 'カードのないアクション', createdAt: 2 }, null);
    expect(action.ok).toBe(true);
    await waitFor(() => member.allSaved(), 5000, 'saved');

    // A close that stopped after writing the row (a crash) is finished by closing again.
    await t.database.db
      .update(meetings)
      .set({ closedAt: new Date(), closedBy: council.secretariat.userId })
      .where(eq(meetings.id, meetingId));
    expect((await minutesOf(meetingId)).actions[0]).toMatchObject({ placed: false });
    const [first, second] = await Promise.all([close(meetingId), close(meetingId)]);
    const third = await close(meetingId);
    const placed = [first, second, third].map((r) => r.json().placed as number);
    expect(placed.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await history(cardId)).filter((e) => e.kind === 'meetingAction')).toEqual([
      expect.objectContaining({
        detail: expect.objectContaining({ text: '居場所の候補地を3か所調べる' }),
      }),
    ]);
    expect((await history(otherCardId)).some((e) => e.kind === 'meetingAction')).toBe(false);
    const onCard = await get(`/api/cards/${cardId}/meeting-actions`, council.member.cookie);
    expect(onCard.json()).toEqual([
      expect.objectContaining({
        meetingId,
        text: '居場所の候補地を3か所調べる',
        owner: '田中',
        due: '2027-01-31',
      }),
    ]);
    expect((await minutesOf(meetingId)).actions).toMatchObject([
      { placed: true, card: { id: cardId } },
      { placed: false, card: null },
    ]);
  });

  it('gives the minutes as a DOCX with the attendees, notes, decisions and action items', async () => {
    const meetingId = await newMeeting();
    const guestOf = await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 森');
    const joined = await openMeetingClient(t.httpUrl, guestOf, sockets);
    await joinMeeting(joined, meetingId);
    const member = connect(meetingId, council.member.cookie);
    await member.synced();
    const items = (await minutesOf(meetingId)).sections;
    const itemId = items[0]?.itemId as string;
    typeIn(member, itemId, '趣旨を説明した。');
    addDecision(member.doc, { text: '居場所の部会を作る', itemId, createdAt: 1 }, null);
    addActionItem(
      member.doc,
      {
        text: '候補地を調べる',
        ownerName: '田中',
        due: '2027-01-31',
        cardId,
        cardLabel: 'A 居場所',
        createdAt: 2,
      },
      null,
    );
    await waitFor(() => member.allSaved(), 5000, 'saved');
    const docx = await get(`/api/meetings/${meetingId}/minutes.docx`, council.member.cookie);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain(encodeURIComponent('議事録'));
    const xml = docxXml(docx.rawPayload);
    for (const text of [
      '議事録',
      '出席者',
      '地域の方 森',
      '1．開会・趣旨説明',
      '趣旨を説明した。',
      '居場所の部会を作る',
      '候補地を調べる',
      '田中',
      '2027年1月31日',
      'A 居場所',
    ]) {
      expect(xml, text).toContain(text);
    }
    const english = await get(
      `/api/meetings/${meetingId}/minutes.docx?lang=en`,
      council.member.cookie,
    );
    expect(docxXml(english.rawPayload)).toContain('Action items');
    const guestDocx = await get(`/api/meetings/${meetingId}/minutes.docx`, guestOf);
    expect(guestDocx.statusCode).toBe(200);
  });
});
