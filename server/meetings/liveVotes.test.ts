import { eq } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveSnapshot } from '../../shared/meeting/liveProtocol';
import type { VoteSettings } from '../../shared/meeting/vote';
import { meetingBallots } from '../db/schema';
import {
  guestCookie,
  joinMeeting,
  type MeetingClient,
  openMeetingClient,
  restartOnSameDatabase,
  sendCommand,
} from '../testing/meetingSockets';
import {
  type BoardCouncil,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { call } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting } from '../testing/testMeeting';

describe.each(TEST_DATABASE_KINDS)('dot votes in a live meeting (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let cards: { id: string; title: string }[];
  const sockets: Socket[] = [];
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    const cookie = council.secretariat.cookie;
    const terms = await call(t.server.app, {
      method: 'GET',
      url: `/api/councils/${council.councilId}/terms`,
      cookie,
    });
    cards = [];
    for (const title of ['緊急時の受け入れ', '移動支援の不足', '相談先が分からない']) {
      const card = await call(t.server.app, {
        method: 'POST',
        url: `/api/terms/${terms.json()[0].id}/cards`,
        cookie,
        body: { subcommitteeId: null, title },
      });
      cards.push({ id: card.json().id, title });
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  const open = (cookie: string) => openMeetingClient(t.httpUrl, cookie, sockets);
  const newMeeting = () =>
    createMeeting(t.server.app, council.secretariat.cookie, council.councilId, {
      facilitatorIds: [council.secretariat.userId],
    });
  const cardVote = (overrides: Partial<VoteSettings> = {}): VoteSettings => ({
    title: '優先して取り組む課題',
    kind: 'card',
    items: cards.map((c) => ({ ref: c.id, label: c.title })),
    votesPerPerson: 3,
    onePerItem: false,
    anonymous: true,
    ...overrides,
  });
  const voteOf = (c: MeetingClient) => c.latest()?.state.vote;
  const openVoteId = (c: MeetingClient) => {
    const vote = voteOf(c);
    if (vote?.status !== 'open') throw new Error('no open vote');
    return vote.id;
  };

  it('tallies on the server, hides results until the end, lets people change their dots, saves the tally on the meeting and the cards, and reveals nobody', async () => {
    const meetingId = await newMeeting();
    const facilitator = await open(council.secretariat.cookie);
    const member = await open(council.member.cookie);
    const councilGuest = await open(council.guest.cookie);
    for (const c of [facilitator, member, councilGuest]) {
      expect((await joinMeeting(c, meetingId)).ok).toBe(true);
    }
    const send = (c: MeetingClient, command: Parameters<typeof sendCommand>[2]) =>
      sendCommand(c, meetingId, command);
    const [a, b, c] = cards.map((card) => card.id) as [string, string, string];

    expect(await send(member, { type: 'vote.start', settings: cardVote() })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const outsiderCard = '00000000-0000-4000-8000-000000000000';
    expect(
      await send(facilitator, {
        type: 'vote.start',
        settings: cardVote({ items: [{ ref: outsiderCard, label: 'よその課題' }] }),
      }),
    ).toEqual({ ok: false, error: 'unknown_card' });
    expect(await send(facilitator, { type: 'vote.start', settings: cardVote() })).toEqual({
      ok: true,
    });
    await waitFor(() => voteOf(member)?.status === 'open', 5000, 'vote open');
    const voteId = openVoteId(member);
    expect(await send(facilitator, { type: 'vote.start', settings: cardVote() })).toEqual({
      ok: false,
      error: 'vote_open',
    });

    const cast = (who: MeetingClient, ballot: Record<string, number>) =>
      send(who, { type: 'vote.cast', voteId, ballot });
    expect(await cast(member, { [a]: 2, [b]: 2 })).toEqual({ ok: false, error: 'too_many_votes' });
    expect(await cast(member, { nothing: 1 })).toEqual({ ok: false, error: 'not_in_vote' });
    expect(await cast(member, { [a]: 3 })).toEqual({ ok: true });
    // Changed their mind: the new ballot replaces the first.
    expect(await cast(member, { [a]: 1, [b]: 2 })).toEqual({ ok: true });
    expect(await cast(councilGuest, { [b]: 1, [c]: 1 })).toEqual({ ok: true });
    expect(await cast(facilitator, { [c]: 3 })).toEqual({ ok: true });
    await waitFor(() => voteOf(member)?.ballots === 3, 5000, 'three ballots');
    expect(voteOf(member)?.results).toBeNull();

    // A reloaded page gets back its own dots, and only its own.
    const again = await open(council.member.cookie);
    const rejoined = await joinMeeting(again, meetingId);
    expect(rejoined).toMatchObject({ ok: true, ballot: { [a]: 1, [b]: 2 } });

    expect(await send(member, { type: 'vote.end' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(facilitator, { type: 'vote.end' })).toEqual({ ok: true });
    await waitFor(() => voteOf(councilGuest)?.status === 'ended', 5000, 'vote ended');
    expect(voteOf(councilGuest)?.results).toEqual([
      { ref: c, label: '相談先が分からない', votes: 4 },
      { ref: b, label: '移動支援の不足', votes: 3 },
      { ref: a, label: '緊急時の受け入れ', votes: 1 },
    ]);
    expect(await cast(member, { [a]: 1 })).toEqual({ ok: false, error: 'no_open_vote' });

    const saved = await call(t.server.app, {
      method: 'GET',
      url: `/api/meetings/${meetingId}/votes`,
      cookie: council.member.cookie,
    });
    expect(saved.json()).toMatchObject([
      { id: voteId, title: '優先して取り組む課題', ballots: 3, results: voteOf(member)?.results },
    ]);
    const story = await call(t.server.app, {
      method: 'GET',
      url: `/api/cards/${c}/history`,
      cookie: council.member.cookie,
    });
    expect(story.json().at(-1)).toMatchObject({
      kind: 'vote',
      detail: { vote: '優先して取り組む課題', votes: '4', rank: '1' },
    });

    // Anonymity: nothing anyone received, nor the saved vote, names a voter; the ballots are gone.
    const voters = [council.secretariat, council.member, council.guest];
    const names = ['secretariat', 'member', 'guest'];
    for (const client of [facilitator, member, councilGuest, again]) {
      const seen = JSON.stringify(client.received);
      for (const v of voters) expect(seen).not.toContain(v.userId);
      for (const n of names) expect(seen).not.toContain(`"${n}"`);
    }
    const savedText = saved.body;
    for (const v of voters) expect(savedText).not.toContain(v.userId);
    const left = await t.database.db
      .select()
      .from(meetingBallots)
      .where(eq(meetingBallots.voteId, voteId));
    expect(left).toEqual([]);
  });

  it('names voters when the vote is not anonymous; one dot per item when asked', async () => {
    const meetingId = await newMeeting();
    const facilitator = await open(council.secretariat.cookie);
    const member = await open(council.member.cookie);
    for (const c of [facilitator, member]) await joinMeeting(c, meetingId);
    const settings = cardVote({ anonymous: false, onePerItem: true });
    await sendCommand(facilitator, meetingId, { type: 'vote.start', settings });
    await waitFor(() => voteOf(member)?.status === 'open', 5000, 'vote open');
    const voteId = openVoteId(member);
    const [a, b] = cards.map((card) => card.id) as [string, string];
    expect(
      await sendCommand(member, meetingId, { type: 'vote.cast', voteId, ballot: { [a]: 2 } }),
    ).toEqual({ ok: false, error: 'one_per_item' });
    await sendCommand(member, meetingId, { type: 'vote.cast', voteId, ballot: { [a]: 1, [b]: 1 } });
    await sendCommand(facilitator, meetingId, { type: 'vote.end' });
    await waitFor(() => voteOf(member)?.status === 'ended', 5000, 'ended');
    expect(voteOf(member)?.results?.[0]).toEqual({
      ref: a,
      label: '緊急時の受け入れ',
      votes: 1,
      voters: [{ name: 'member', votes: 1 }],
    });
  });

  it('guests by link vote only when the facilitator allows it', async () => {
    const meetingId = await newMeeting();
    const facilitator = await open(council.secretariat.cookie);
    const guest = await open(await guestCookie(t, council.secretariat.cookie, meetingId, '小川'));
    for (const c of [facilitator, guest]) await joinMeeting(c, meetingId);
    await sendCommand(facilitator, meetingId, { type: 'vote.start', settings: cardVote() });
    await waitFor(() => voteOf(guest)?.status === 'open', 5000, 'vote open');
    const voteId = openVoteId(guest);
    const ballot = { [cards[0]?.id ?? '']: 1 };
    expect(await sendCommand(guest, meetingId, { type: 'vote.cast', voteId, ballot })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const allowed = await call(t.server.app, {
      method: 'PUT',
      url: `/api/meetings/${meetingId}/guests-may`,
      cookie: council.secretariat.cookie,
      body: { vote: true, notes: false },
    });
    expect(allowed.statusCode).toBe(200);
    const refused = await call(t.server.app, {
      method: 'PUT',
      url: `/api/meetings/${meetingId}/guests-may`,
      cookie: council.member.cookie,
      body: { vote: true, notes: true },
    });
    expect(refused.statusCode).toBe(403);
    await expect
      .poll(
        async () => (await sendCommand(guest, meetingId, { type: 'vote.cast', voteId, ballot })).ok,
      )
      .toBe(true);
  });

  it('a restarted server still has the open vote and every ballot', async () => {
    const meetingId = await newMeeting();
    const facilitator = await open(council.secretariat.cookie);
    const member = await open(council.member.cookie);
    for (const c of [facilitator, member]) await joinMeeting(c, meetingId);
    await sendCommand(facilitator, meetingId, { type: 'vote.start', settings: cardVote() });
    await waitFor(() => voteOf(member)?.status === 'open', 5000, 'vote open');
    const voteId = openVoteId(member);
    const [a, b] = cards.map((card) => card.id) as [string, string];
    await sendCommand(member, meetingId, { type: 'vote.cast', voteId, ballot: { [a]: 2 } });
    await sendCommand(facilitator, meetingId, { type: 'vote.cast', voteId, ballot: { [b]: 1 } });

    await restartOnSameDatabase(t);
    const memberAgain = await open(council.member.cookie);
    const facilitatorAgain = await open(council.secretariat.cookie);
    const rejoined = await joinMeeting(memberAgain, meetingId);
    expect(rejoined).toMatchObject({ ok: true, ballot: { [a]: 2 } });
    await joinMeeting(facilitatorAgain, meetingId);
    expect(await sendCommand(facilitatorAgain, meetingId, { type: 'vote.end' })).toEqual({
      ok: true,
    });
    await waitFor(() => voteOf(memberAgain)?.status === 'ended', 5000, 'ended');
    const results = (memberAgain.latest() as LiveSnapshot).state.vote?.results;
    expect(results?.slice(0, 2)).toEqual([
      { ref: a, label: '緊急時の受け入れ', votes: 2 },
      { ref: b, label: '移動支援の不足', votes: 1 },
    ]);
  });
});
