import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakoutRound } from '../../shared/meeting/breakouts';
import { MEETING_ROSTER, type RosterAck } from '../../shared/meeting/liveProtocol';
import { remainingMs } from '../../shared/meeting/timer';
import {
  ask,
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
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting } from '../testing/testMeeting';

describe.each(TEST_DATABASE_KINDS)('small groups in a live meeting (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  const open = (cookie: string) => openMeetingClient(t.httpUrl, cookie, sockets);
  /** A new meeting with the facilitator, a member, a council guest and a guest by link in it. */
  const meetingWithPeople = async () => {
    const meetingId = await createMeeting(
      t.server.app,
      council.secretariat.cookie,
      council.councilId,
      { facilitatorIds: [council.secretariat.userId] },
    );
    const facilitator = await open(council.secretariat.cookie);
    const member = await open(council.member.cookie);
    const councilGuest = await open(council.guest.cookie);
    const linkGuest = await open(
      await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 小川'),
    );
    for (const c of [facilitator, member, councilGuest, linkGuest]) {
      expect((await joinMeeting(c, meetingId)).ok).toBe(true);
    }
    const send = (c: MeetingClient, command: Parameters<typeof sendCommand>[2]) =>
      sendCommand(c, meetingId, command);
    return { meetingId, facilitator, member, councilGuest, linkGuest, send };
  };
  const roundOf = (c: MeetingClient): BreakoutRound | null | undefined =>
    c.latest()?.state.breakouts;
  const names = (round: BreakoutRound | null | undefined) =>
    round?.groups.map((g) => g.members.map((m) => m.name).sort());

  it('splits the people present at random, without the facilitator; each group runs its own timer; a message reaches all; call back ends the round', async () => {
    const { facilitator, member, linkGuest, send } = await meetingWithPeople();
    const before = Date.now();
    expect(
      await send(facilitator, {
        type: 'breakout.start',
        split: { mode: 'random', count: 2 },
        minutes: 10,
      }),
    ).toEqual({ ok: true });
    await waitFor(() => roundOf(member)?.status === 'open', 10_000, 'groups seen by the member');
    const round = roundOf(member);
    expect(round?.groups.map((g) => g.members.length).sort()).toEqual([1, 2]);
    expect(names(round)?.flat().sort()).toEqual(['guest', 'member', '地域の方 小川']);
    for (const g of round?.groups ?? []) {
      expect(g.timer.durationMs).toBe(10 * 60_000);
      expect(g.timer.runningSince).toBeGreaterThanOrEqual(before - 1);
    }

    // The member pauses their own group's timer; another group's is not theirs to touch.
    const own = round?.groups.find((g) => g.members.some((m) => m.name === 'member'));
    const other = round?.groups.find((g) => g !== own);
    if (!own || !other) throw new Error('two groups');
    expect(await send(member, { type: 'breakout.timer', groupId: own.id, op: 'pause' })).toEqual({
      ok: true,
    });
    expect(await send(member, { type: 'breakout.timer', groupId: other.id, op: 'add5' })).toEqual({
      ok: false,
      error: 'not_in_group',
    });
    await waitFor(
      () => roundOf(linkGuest)?.groups.find((g) => g.id === own.id)?.timer.runningSince === null,
      10_000,
      'group timer paused',
    );
    const paused = roundOf(linkGuest)?.groups.find((g) => g.id === own.id)?.timer;
    if (!paused) throw new Error('no timer');
    expect(remainingMs(paused, Date.now() + 60_000)).toBe(remainingMs(paused, Date.now()));
    expect(roundOf(linkGuest)?.groups.find((g) => g.id === other.id)?.timer.durationMs).toBe(
      10 * 60_000,
    );

    expect(
      await send(facilitator, { type: 'breakout.message', text: 'あと3分でまとめてください' }),
    ).toEqual({ ok: true });
    await waitFor(
      () => roundOf(linkGuest)?.message?.text === 'あと3分でまとめてください',
      10_000,
      'message to all groups',
    );

    expect(await send(facilitator, { type: 'breakout.callBack' })).toEqual({ ok: true });
    await waitFor(() => roundOf(member)?.status === 'calledBack', 10_000, 'called back');
    // The groups stay, with who was in which, so their outcomes can be shown to everyone.
    expect(names(roundOf(member))).toEqual(names(round));
    expect(roundOf(member)?.groups.every((g) => g.timer.runningSince === null)).toBe(true);
  });

  it('splits by the field each person gave, one group per field or mixed', async () => {
    const { facilitator, member, councilGuest, linkGuest, send } = await meetingWithPeople();
    expect(await send(member, { type: 'participant.field', field: 'child' })).toEqual({ ok: true });
    expect(await send(linkGuest, { type: 'participant.field', field: 'elderly' })).toEqual({
      ok: true,
    });
    await waitFor(
      () => Object.keys(facilitator.latest()?.state.fields ?? {}).length === 2,
      10_000,
      'fields given',
    );
    await send(facilitator, {
      type: 'breakout.start',
      split: { mode: 'field', mix: 'same', count: 2 },
      minutes: 5,
    });
    await waitFor(() => roundOf(councilGuest)?.status === 'open', 10_000, 'groups by field');
    expect(
      roundOf(councilGuest)?.groups.map((g) => [g.field, g.members.map((m) => m.name)]),
    ).toEqual([
      ['child', ['member']],
      ['elderly', ['地域の方 小川']],
      [null, ['guest']],
    ]);
    await send(facilitator, { type: 'breakout.callBack' });
    await waitFor(() => roundOf(member)?.status === 'calledBack', 10_000, 'called back');

    // Mixed: two groups, the two people who gave a field in different ones.
    await send(facilitator, {
      type: 'breakout.start',
      split: { mode: 'field', mix: 'mixed', count: 2 },
      minutes: 5,
    });
    await waitFor(() => roundOf(member)?.round === 2, 10_000, 'second round');
    const mixed = roundOf(member);
    expect(mixed?.groups).toHaveLength(2);
    const groupOfName = (name: string) =>
      mixed?.groups.findIndex((g) => g.members.some((m) => m.name === name));
    expect(groupOfName('member')).not.toBe(groupOfName('地域の方 小川'));
    // The first round's groups are still named, for the notes of their areas.
    expect(facilitator.latest()?.state.pastGroups.map((g) => [g.round, g.field])).toEqual([
      [1, 'child'],
      [1, 'elderly'],
      [1, null],
    ]);
  });

  it('splits by hand from the roster the facilitator asks for, and puts a latecomer in a group', async () => {
    const { meetingId, facilitator, member, councilGuest, linkGuest, send } =
      await meetingWithPeople();
    const roster = await ask<RosterAck>(facilitator, MEETING_ROSTER, { meetingId });
    if (!roster.ok) throw new Error(roster.error);
    const id = (name: string) => roster.present.find((p) => p.name === name)?.participantId ?? '';
    expect(roster.present.map((p) => [p.name, p.steers]).sort()).toEqual([
      ['guest', false],
      ['member', false],
      ['事務局 山田', true],
      ['地域の方 小川', false],
    ]);
    expect(
      await send(facilitator, {
        type: 'breakout.start',
        split: { mode: 'hand', groups: [[id('member'), id('事務局 山田')], [id('地域の方 小川')]] },
        minutes: 15,
      }),
    ).toEqual({ ok: true });
    await waitFor(() => roundOf(linkGuest)?.status === 'open', 10_000, 'groups by hand');
    expect(names(roundOf(linkGuest))).toEqual([['member', '事務局 山田'], ['地域の方 小川']]);
    const second = roundOf(linkGuest)?.groups[1]?.id ?? '';
    expect(
      await send(facilitator, {
        type: 'breakout.assign',
        participantId: id('guest'),
        groupId: second,
      }),
    ).toEqual({ ok: true });
    await waitFor(
      () => roundOf(member)?.groups[1]?.members.some((m) => m.name === 'guest') === true,
      10_000,
      'latecomer assigned',
    );
    expect(
      await send(facilitator, {
        type: 'breakout.assign',
        participantId: 'someone-else',
        groupId: second,
      }),
    ).toEqual({ ok: false, error: 'unknown_participant' });
    // Only the people in the meeting now can be put in a group.
    expect(
      await send(facilitator, {
        type: 'breakout.start',
        split: { mode: 'hand', groups: [['nobody-here']] },
        minutes: 5,
      }),
    ).toEqual({ ok: false, error: 'breakouts_open' });
    expect(councilGuest.latest()?.state.breakouts?.round).toBe(1);
  });

  it('refuses members and guests who would split, message, assign or call back, and changes nothing', async () => {
    const { meetingId, facilitator, member, linkGuest, send } = await meetingWithPeople();
    const steering = [
      { type: 'breakout.start', split: { mode: 'random', count: 2 }, minutes: 5 },
      { type: 'breakout.message', text: 'こんにちは' },
      { type: 'breakout.callBack' },
      { type: 'breakout.assign', participantId: council.member.userId, groupId: 'g' },
    ] as const;
    for (const who of [member, linkGuest]) {
      for (const command of steering) {
        expect(await send(who, command)).toEqual({ ok: false, error: 'forbidden' });
      }
      expect(await ask(who, MEETING_ROSTER, { meetingId })).toEqual({
        ok: false,
        error: 'forbidden',
      });
    }
    // A message longer than 200 characters, or no split at all, is not a command.
    expect(await send(facilitator, { type: 'breakout.message', text: 'あ'.repeat(201) })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(await send(facilitator, { type: 'breakout.message', text: 'x' })).toEqual({
      ok: false,
      error: 'no_breakouts',
    });
    // Nothing was announced: the state the facilitator holds has no groups.
    const probe = await open(council.member.cookie);
    const joined = await joinMeeting(probe, meetingId);
    if (!joined.ok) throw new Error(joined.error);
    expect(joined.snapshot.state.breakouts).toBeNull();
  });

  it('a restarted server carries on with the same groups, timers and message', async () => {
    const { meetingId, facilitator, member, send } = await meetingWithPeople();
    await send(facilitator, {
      type: 'breakout.start',
      split: { mode: 'random', count: 3 },
      minutes: 20,
    });
    await send(facilitator, { type: 'breakout.message', text: '休憩なしで続けます' });
    await waitFor(() => roundOf(member)?.message !== null, 10_000, 'message');
    const before = facilitator.latest()?.state;
    expect(before?.breakouts?.groups).toHaveLength(3);

    const again = await openMeetingClient(
      await restartOnSameDatabase(t),
      council.member.cookie,
      sockets,
    );
    const rejoined = await joinMeeting(again, meetingId);
    if (!rejoined.ok) throw new Error(rejoined.error);
    expect(rejoined.snapshot.state).toEqual(before);
    expect(rejoined.snapshot.state.breakouts?.groups[0]?.timer.runningSince).not.toBeNull();
  });
});
