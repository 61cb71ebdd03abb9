import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_ROSTER, type RosterAck } from '../../shared/meeting/liveProtocol';
import type { LiveCommand } from '../../shared/meeting/liveState';
import type { VoteSettings } from '../../shared/meeting/vote';
import { meetingBodyWith } from '../meetings/sampleMeeting';
import { type Child, killHard } from '../process/childServer';
import {
  ask,
  joinMeeting,
  type MeetingClient,
  openMeetingClient,
  sendCommand,
} from '../testing/meetingSockets';
import { waitFor } from '../testing/realtimeHarness';
import { type Cluster, SCALE_TESTS_RUN, startCluster } from '../testing/scaleCluster';
import { setUpThroughHttp } from '../testing/serverChild';
import { TEST_ORIGIN } from '../testing/testApp';

// One live meeting, its participants on three processes (docs/realtime.md, "Live meetings on
// several processes"): one agenda, one timer, one queue of hands and one vote whichever process
// a command goes through, and a process killed with kill -9 takes none of it with it.

const GUESTS = 6;
const ITEMS = ['a', 'b', 'c'];

describe.skipIf(!SCALE_TESTS_RUN)('a live meeting on three processes', () => {
  let cluster: Cluster;
  let cookie: string;
  let meetingId: string;
  const guestCookies: string[] = [];
  const sockets: Socket[] = [];

  const api = async (port: number, method: string, path: string, body?: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: {
        origin: TEST_ORIGIN,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(path.startsWith('/api/guest-links/') ? {} : { cookie }),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
    return response;
  };

  beforeAll(async () => {
    cluster = await startCluster(3);
    const [first, second, third] = cluster.processes as [Child, Child, Child];
    const setUp = await setUpThroughHttp(first.port);
    cookie = setUp.cookie;
    const created = await api(
      third.port,
      'POST',
      `/api/councils/${setUp.councilId}/meetings`,
      meetingBodyWith(),
    );
    meetingId = ((await created.json()) as { id: string }).id;
    await api(first.port, 'PUT', `/api/meetings/${meetingId}/guests-may`, {
      vote: true,
      notes: false,
    });
    const link = await api(second.port, 'POST', `/api/meetings/${meetingId}/guest-links`, {
      expiresInHours: 2,
      passcode: '',
    });
    const { token } = (await link.json()) as { token: string };
    for (let i = 0; i < GUESTS; i++) {
      const joined = await api(
        cluster.processes[i % 3]?.port as number,
        'POST',
        `/api/guest-links/${token}/join`,
        {
          displayName: `ゲスト${i}`,
          passcode: '',
        },
      );
      const value = /tsunagu_guest=([^;]+)/.exec(joined.headers.get('set-cookie') ?? '')?.[1];
      guestCookies.push(`tsunagu_guest=${value}`);
    }
  }, 300_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await cluster?.stop();
  });

  /** A participant's socket on `child`, joined to the meeting. */
  const enter = async (child: Child, who: string): Promise<MeetingClient> => {
    const client = await openMeetingClient(`http://127.0.0.1:${child.port}`, who, sockets);
    const joined = await joinMeeting(client, meetingId);
    if (!joined.ok) throw new Error(`join: ${joined.error}`);
    return client;
  };
  const send = async (client: MeetingClient, command: LiveCommand) => {
    const ack = await sendCommand(client, meetingId, command);
    if (!ack.ok) throw new Error(`${command.type}: ${ack.error}`);
  };
  const seenByAll = (
    clients: MeetingClient[],
    what: string,
    check: (c: MeetingClient) => boolean,
  ) => waitFor(() => clients.every(check), 30_000, what);

  it('one agenda, one timer, one queue of hands, and the roster of every process', async () => {
    const [p1, , p3] = cluster.processes as [Child, Child, Child];
    const facilitators = [await enter(p1, cookie), await enter(p3, cookie)];
    const [onOne, onThree] = facilitators as [MeetingClient, MeetingClient];
    const guests = await Promise.all(
      guestCookies.map((guest, i) => enter(cluster.processes[i % 3] as Child, guest)),
    );
    const everyone = [...facilitators, ...guests];

    // Who is here, asked on one process, names the people on the other two.
    const roster = await ask<RosterAck>(onOne, MEETING_ROSTER, { meetingId });
    if (!roster.ok) throw new Error(roster.error);
    expect(roster.present).toHaveLength(GUESTS + 1);
    expect(roster.present.filter((p) => p.steers)).toHaveLength(1);

    // "Next" pressed on two processes at once moves two items, never one twice.
    await send(onOne, { type: 'agenda.goto', index: 0 });
    await Promise.all([
      send(onOne, { type: 'agenda.next' }),
      send(onThree, { type: 'agenda.next' }),
    ]);
    await seenByAll(everyone, 'item 3', (c) => c.latest()?.state.currentIndex === 2);

    await send(onOne, { type: 'timer.start' });
    await seenByAll(everyone, 'timer running', (c) => c.latest()?.state.timer.runningSince != null);
    await send(onThree, { type: 'timer.pause' });
    await seenByAll(everyone, 'timer paused', (c) => c.latest()?.state.timer.runningSince === null);
    const timers = new Set(everyone.map((c) => JSON.stringify(c.latest()?.state.timer)));
    expect(timers.size).toBe(1);

    // A hand raised on process 2 is seen on 1 and 3, and lowered from 3.
    const raiser = guests[1] as MeetingClient;
    await send(raiser, { type: 'hand.raise' });
    await seenByAll(everyone, 'hand up', (c) => c.latest()?.state.hands.length === 1);
    const hand = onThree.latest()?.state.hands[0];
    expect(hand?.name).toBe('ゲスト1');
    const participantId = hand?.participantId as string;
    await send(onThree, { type: 'hand.lower', participantId });
    await seenByAll(everyone, 'hand down', (c) => c.latest()?.state.hands.length === 0);
  }, 60_000);

  const noteVote: VoteSettings = {
    title: 'どれから始めるか',
    kind: 'note',
    items: ITEMS.map((ref) => ({ ref, label: ref })),
    votesPerPerson: 3,
    onePerItem: false,
    anonymous: false,
  };
  const openVote = (c: MeetingClient) => {
    const vote = c.latest()?.state.vote;
    return vote?.status === 'open' ? vote : undefined;
  };
  const tallyOf = (ballots: Record<string, number>[]) =>
    Object.fromEntries(ITEMS.map((ref) => [ref, ballots.reduce((n, b) => n + (b[ref] ?? 0), 0)]));
  const resultsOf = (c: MeetingClient) =>
    Object.fromEntries((c.latest()?.state.vote?.results ?? []).map((r) => [r.ref, r.votes]));

  it('ballots cast at once on every process are counted once each', async () => {
    const facilitator = await enter(cluster.processes[0] as Child, cookie);
    // Each guest has a tab on every process.
    const tabs = await Promise.all(
      guestCookies.map((guest) =>
        Promise.all((cluster.processes.slice(0, 3) as Child[]).map((p) => enter(p, guest))),
      ),
    );
    const everyone = [facilitator, ...tabs.flat()];
    const ballot = fc
      .array(fc.constantFrom(...ITEMS), { minLength: 1, maxLength: 3 })
      .map((refs) => Object.fromEntries(ITEMS.map((r) => [r, refs.filter((x) => x === r).length])))
      .map((b) => Object.fromEntries(Object.entries(b).filter(([, n]) => n > 0)));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(ballot, ballot), { minLength: GUESTS, maxLength: GUESTS }),
        async (choices) => {
          // A run that failed (or is being shrunk) may have left its vote open.
          await sendCommand(facilitator, meetingId, { type: 'vote.end' });
          await send(facilitator, { type: 'vote.start', settings: noteVote });
          await seenByAll(everyone, 'vote open', (c) => openVote(c)?.ballots === 0);
          const voteId = openVote(facilitator)?.id as string;
          // A first ballot, then the final one from all three tabs at the same time: each
          // person counts once, with the final dots.
          await Promise.all(
            choices.map(async ([first, final], i) => {
              const [a, b, c] = tabs[i] as MeetingClient[];
              await send(a as MeetingClient, { type: 'vote.cast', voteId, ballot: first });
              await Promise.all(
                [a, b, c].map((tab) =>
                  send(tab as MeetingClient, { type: 'vote.cast', voteId, ballot: final }),
                ),
              );
            }),
          );
          await seenByAll(everyone, 'every ballot', (c) => openVote(c)?.ballots === GUESTS);
          await send(facilitator, { type: 'vote.end' });
          const expected = tallyOf(choices.map(([, final]) => final));
          await seenByAll(everyone, 'the results', (c) => {
            const results = resultsOf(c);
            return ITEMS.every((ref) => (results[ref] ?? 0) === expected[ref]);
          });
        },
      ),
      { numRuns: 2 },
    );
  }, 180_000);

  it('kill -9 of a process mid-vote loses no ballot and no agenda item', async () => {
    const [p1, p2] = cluster.processes as [Child, Child];
    const p3 = cluster.processes[2] as Child;
    const facilitator = await enter(p1, cookie);
    await send(facilitator, { type: 'agenda.goto', index: 1 });
    // Whatever an earlier test left open is closed (the answer may be "no open vote").
    await sendCommand(facilitator, meetingId, { type: 'vote.end' });
    await send(facilitator, { type: 'vote.start', settings: noteVote });
    await waitFor(() => openVote(facilitator) !== undefined, 30_000, 'vote open');
    const voteId = openVote(facilitator)?.id as string;
    // Every guest votes through process 3, again and again, until it dies.
    const doomed = await Promise.all(guestCookies.map((guest) => enter(p3, guest)));
    const acked: number[] = guestCookies.map(() => 0);
    const ballots: Record<string, number>[] = [{ a: 1 }, { b: 2 }];
    const voting = doomed.map(async (tab, i) => {
      for (let n = 1; ; n++) {
        const ack = await sendCommand(tab, meetingId, {
          type: 'vote.cast',
          voteId,
          ballot: ballots[n % 2] as Record<string, number>,
        }).catch(() => undefined);
        if (!ack?.ok) return;
        acked[i] = n;
      }
    });
    await waitFor(() => acked.every((n) => n >= 2), 20_000, 'ballots through process 3');
    await killHard(p3);
    await Promise.all(voting);
    // Their browsers join again elsewhere: each finds the dots it gave, the count has everyone.
    const mine: Record<string, number>[] = [];
    for (const [i, guest] of guestCookies.entries()) {
      const client = await openMeetingClient(`http://127.0.0.1:${p2.port}`, guest, sockets);
      const joined = await joinMeeting(client, meetingId);
      if (!joined.ok) throw new Error(joined.error);
      expect(joined.snapshot.state.currentIndex).toBe(1);
      expect(joined.snapshot.state.vote?.ballots).toBe(GUESTS);
      // The last acknowledged ballot, or one sent after it that was stored as the process died.
      const last = acked[i] as number;
      expect([ballots[last % 2], ballots[(last + 1) % 2]]).toContainEqual(joined.ballot);
      mine.push(joined.ballot as Record<string, number>);
    }
    // The meeting goes on on the others: the killed process held no lock for good.
    await send(facilitator, { type: 'agenda.next' });
    await send(facilitator, { type: 'vote.end' });
    const expected = tallyOf(mine);
    await waitFor(
      () => ITEMS.every((ref) => (resultsOf(facilitator)[ref] ?? 0) === expected[ref]),
      30_000,
      'the tally of every ballot',
    );
    expect(facilitator.latest()?.state.currentIndex).toBe(2);
  }, 90_000);
});
