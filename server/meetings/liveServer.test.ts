import { isNull } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CommandAck,
  MEETING_CLOCK,
  MEETING_COMMAND,
  MEETING_JOIN,
  MEETING_REACT,
  MEETING_REACTION,
} from '../../shared/meeting/liveProtocol';
import type { LiveCommand } from '../../shared/meeting/liveState';
import { meetingGuestLinks } from '../db/schema';
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
import { signInToOtherCouncil } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting, revokeGuestLinks } from '../testing/testMeeting';

describe.each(TEST_DATABASE_KINDS)('live meetings over Socket.IO (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let meetingId: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    meetingId = await createMeeting(t.server.app, council.secretariat.cookie, council.councilId, {
      facilitatorIds: [council.secretariat.userId],
    });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  const open = (cookie: string, url = t.httpUrl) => openMeetingClient(url, cookie, sockets);
  const join = (c: MeetingClient, id = meetingId) => joinMeeting(c, id);
  const send = (c: MeetingClient, command: LiveCommand) => sendCommand(c, meetingId, command);

  it('the facilitator moves the agenda and runs the timer; everyone sees it; a member cannot steer', async () => {
    const facilitator = await open(council.secretariat.cookie);
    const member = await open(council.member.cookie);
    const joined = await join(facilitator);
    expect(joined).toMatchObject({ ok: true, canFacilitate: true });
    expect(await join(member)).toMatchObject({ ok: true, canFacilitate: false });

    expect(await send(member, { type: 'agenda.next' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(member, { type: 'timer.start' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(facilitator, { type: 'agenda.next' })).toEqual({ ok: true });
    await waitFor(() => member.latest()?.state.currentIndex === 0, 5000, 'item 1 on');
    expect(member.latest()?.state.timer).toEqual({
      durationMs: 5 * 60_000,
      elapsedMs: 0,
      runningSince: null,
    });

    const before = Date.now();
    expect(await send(facilitator, { type: 'timer.start' })).toEqual({ ok: true });
    expect(await send(facilitator, { type: 'timer.add', minutes: 1 })).toEqual({ ok: true });
    await waitFor(() => member.latest()?.state.timer.durationMs === 6 * 60_000, 5000, '+1 min');
    const since = member.latest()?.state.timer.runningSince ?? 0;
    expect(since).toBeGreaterThanOrEqual(before - 1);
    expect(since).toBeLessThanOrEqual(Date.now());
  });

  it('hands go up in order, people lower their own, the facilitator calls the next speaker', async () => {
    const facilitator = await open(council.secretariat.cookie);
    const member = await open(council.member.cookie);
    const guest = await open(council.guest.cookie);
    for (const c of [facilitator, member, guest]) expect((await join(c)).ok).toBe(true);
    expect(await send(member, { type: 'hand.raise' })).toEqual({ ok: true });
    expect(await send(guest, { type: 'hand.raise' })).toEqual({ ok: true });
    const names = () => facilitator.latest()?.state.hands.map((h) => h.name);
    await waitFor(() => names()?.length === 2, 5000, 'two hands');
    expect(names()).toEqual(['member', 'guest']);
    // Someone else's hand is the facilitator's to lower, not a participant's.
    const memberId = council.member.userId;
    expect(await send(guest, { type: 'hand.lower', participantId: memberId })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await send(facilitator, { type: 'hand.callNext' })).toEqual({ ok: true });
    await waitFor(() => guest.latest()?.state.speaker?.name === 'member', 5000, 'speaker');
    expect(await send(guest, { type: 'hand.lower' })).toEqual({ ok: true });
    await waitFor(() => names()?.length === 0, 5000, 'hands down');
  });

  it('refuses bad payloads, unknown events, commands before joining, and other councils', async () => {
    const member = await open(council.member.cookie);
    expect(
      await ask(member, MEETING_COMMAND, { meetingId, command: { type: 'agenda.next' } }),
    ).toEqual({
      ok: false,
      error: 'not_joined',
    });
    expect(await join(member)).toMatchObject({ ok: true });
    expect(await ask(member, MEETING_COMMAND, { meetingId, command: { type: 'explode' } })).toEqual(
      {
        ok: false,
        error: 'invalid_payload',
      },
    );
    expect(await ask(member, MEETING_JOIN, { meetingId: 'not-a-uuid' })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(await ask(member, 'meeting:delete', {})).toEqual({ ok: false, error: 'unknown_event' });
    const clock = await ask<{ ok: true; serverNow: number }>(member, MEETING_CLOCK, {});
    expect(Math.abs(clock.serverNow - Date.now())).toBeLessThan(1000);

    const outsider = await open(
      await signInToOtherCouncil({ app: t.server.app, database: t.database } as never),
    );
    expect(await join(outsider)).toEqual({ ok: false, error: 'not_found' });
  });

  it('a guest by link joins that meeting only, raises a hand, and cannot steer', async () => {
    const { app } = t.server;
    const guest = await open(
      await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 小川'),
    );
    const otherMeeting = await createMeeting(app, council.secretariat.cookie, council.councilId);
    expect(await join(guest, otherMeeting)).toEqual({ ok: false, error: 'not_found' });
    expect(await join(guest)).toMatchObject({ ok: true, canFacilitate: false });
    expect(await send(guest, { type: 'agenda.next' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await send(guest, { type: 'hand.raise' })).toEqual({ ok: true });
    await waitFor(
      () => guest.latest()?.state.hands.some((h) => h.name === '地域の方 小川') === true,
      5000,
      'guest hand',
    );
    await send(guest, { type: 'hand.lower' });
  });

  it("closes a guest's open socket when their link is revoked or expires", async () => {
    const { app } = t.server;
    const revokedGuest = await open(
      await guestCookie(t, council.secretariat.cookie, meetingId, '森'),
    );
    expect((await join(revokedGuest)).ok).toBe(true);
    await revokeGuestLinks(app, council.secretariat.cookie, meetingId);
    await waitFor(() => !revokedGuest.socket.connected, 5000, 'revoked guest let go');

    const expiring = await guestCookie(t, council.secretariat.cookie, meetingId, '林');
    await t.database.db
      .update(meetingGuestLinks)
      .set({ expiresAt: new Date(Date.now() + 1500) })
      .where(isNull(meetingGuestLinks.revokedAt));
    const expiringGuest = await open(expiring);
    expect((await join(expiringGuest)).ok).toBe(true);
    await waitFor(() => !expiringGuest.socket.connected, 10_000, 'expired guest let go');
  });

  it('passes quick reactions on to everyone in the meeting, with the name of who reacted', async () => {
    const facilitator = await open(council.secretariat.cookie);
    const member = await open(council.member.cookie);
    for (const c of [facilitator, member]) await join(c);
    expect(await ask(member, MEETING_REACT, { meetingId, reaction: '👍' })).toEqual({ ok: true });
    await waitFor(
      () =>
        facilitator.received.some(
          ([event, p]) =>
            event === MEETING_REACTION && JSON.stringify(p).includes('"name":"member"'),
        ),
      5000,
      'reaction seen',
    );
    expect(await ask(member, MEETING_REACT, { meetingId, reaction: '💣' })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    const stranger = await open(council.member.cookie);
    expect(await ask(stranger, MEETING_REACT, { meetingId, reaction: '👏' })).toEqual({
      ok: false,
      error: 'not_joined',
    });
  });

  it('refuses a socket without a session', async () => {
    await expect(open('tsunagu_session=forged')).rejects.toThrow('unauthenticated');
  });

  it('limits a flood from one socket', async () => {
    const member = await open(council.member.cookie);
    await join(member);
    const answers = await Promise.all(
      Array.from({ length: 80 }, () =>
        ask<CommandAck>(member, MEETING_COMMAND, { meetingId, command: { type: 'hand.raise' } }),
      ),
    );
    expect(answers.filter((a) => !a.ok && a.error === 'rate_limited').length).toBeGreaterThan(0);
  });

  it('a restarted server carries on with the same item, timer and hands', async () => {
    const facilitator = await open(council.secretariat.cookie);
    const member = await open(council.member.cookie);
    await join(facilitator);
    await join(member);
    await send(facilitator, { type: 'agenda.goto', index: 1 });
    await send(facilitator, { type: 'timer.start' });
    await send(member, { type: 'hand.raise' });
    await waitFor(() => facilitator.latest()?.state.hands.length === 1, 5000, 'hand');
    const before = facilitator.latest()?.state;

    const again = await open(council.member.cookie, await restartOnSameDatabase(t));
    const rejoined = await join(again);
    if (!rejoined.ok) throw new Error(rejoined.error);
    expect(rejoined.snapshot.state).toEqual(before);
    expect(rejoined.snapshot.state.timer.runningSince).not.toBeNull();
  });
});
