import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  guestCookie,
  joinMeeting,
  openMeetingClient,
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

describe.each(TEST_DATABASE_KINDS)('summon and spotlight in a live meeting (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let meetingId: string;
  let cardId: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    const cookie = council.secretariat.cookie;
    meetingId = await createMeeting(t.server.app, cookie, council.councilId, {
      facilitatorIds: [council.secretariat.userId],
    });
    const terms = await call(t.server.app, {
      method: 'GET',
      url: `/api/councils/${council.councilId}/terms`,
      cookie,
    });
    const card = await call(t.server.app, {
      method: 'POST',
      url: `/api/terms/${terms.json()[0].id}/cards`,
      cookie,
      body: { subcommitteeId: null, title: '移動支援の不足' },
    });
    cardId = card.json().id;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t?.close();
  });

  const open = (cookie: string) => openMeetingClient(t.httpUrl, cookie, sockets);

  it('the facilitator brings everyone to a view and spotlights a card or agency; members and guests cannot', async () => {
    const facilitator = await open(council.secretariat.cookie);
    const member = await open(council.member.cookie);
    const guest = await open(await guestCookie(t, council.secretariat.cookie, meetingId, '森'));
    for (const c of [facilitator, member, guest])
      expect((await joinMeeting(c, meetingId)).ok).toBe(true);
    const send = (c: typeof member, command: Parameters<typeof sendCommand>[2]) =>
      sendCommand(c, meetingId, command);

    const view = { section: 'notes', layout: 'list' } as const;
    for (const who of [member, guest]) {
      expect(await send(who, { type: 'summon.start', view })).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(
        await send(who, {
          type: 'spotlight.set',
          target: { kind: 'card', ref: cardId, label: '移動支援の不足' },
        }),
      ).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await send(facilitator, { type: 'summon.start', view })).toEqual({ ok: true });
    await waitFor(() => guest.latest()?.state.summon?.view.layout === 'list', 10_000, 'summon');
    expect(guest.latest()?.state.summon).toMatchObject({ view, by: '事務局 山田' });

    expect(
      await send(facilitator, {
        type: 'spotlight.set',
        target: { kind: 'card', ref: cardId, label: '移動支援の不足' },
      }),
    ).toEqual({ ok: true });
    await waitFor(
      () => member.latest()?.state.spotlight?.target.label === '移動支援の不足',
      10_000,
      'spotlight',
    );
    // Only the council's own cards and boards.
    expect(
      await send(facilitator, {
        type: 'spotlight.set',
        target: { kind: 'card', ref: crypto.randomUUID(), label: 'よその課題' },
      }),
    ).toEqual({ ok: false, error: 'unknown_card' });
    expect(
      await send(facilitator, {
        type: 'spotlight.set',
        target: { kind: 'agency', ref: 'a1', boardId: crypto.randomUUID(), label: 'よその事業所' },
      }),
    ).toEqual({ ok: false, error: 'unknown_board' });
    expect(member.latest()?.state.spotlight?.target.label).toBe('移動支援の不足');

    expect(await send(facilitator, { type: 'spotlight.clear' })).toEqual({ ok: true });
    expect(await send(facilitator, { type: 'summon.end' })).toEqual({ ok: true });
    await waitFor(
      () => member.latest()?.state.spotlight === null && member.latest()?.state.summon === null,
      10_000,
      'cleared',
    );
  });
});
