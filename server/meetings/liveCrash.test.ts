import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_PRIVATE_NOTE } from '../../shared/meeting/liveProtocol';
import type { LiveState } from '../../shared/meeting/liveState';
import { killHard, startChild } from '../process/childServer';
import {
  ask,
  joinMeeting,
  type MeetingClient,
  openMeetingClient,
  sendCommand,
} from '../testing/meetingSockets';
import { waitFor } from '../testing/realtimeHarness';
import { childDatabase } from '../testing/serverChild';
import { SECRETARIAT, TEST_ORIGIN } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { meetingBodyWith } from './sampleMeeting';

// A meeting in full swing when the server dies with kill -9: after the restart the clients join
// again and find the item, the running timer, the raised hands, the open vote with each person's
// own dots and the private round with each person's own notes as they were — everything a
// participant was told had happened, nothing more.

const MEMBER = {
  displayName: '相談支援 上田',
  email: 'ueda@example.jp',
  password: 'crash-test-pass-1',
};

async function http(base: string, path: string, body: unknown, cookie = '') {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`${path}: ${await response.text()}`);
  const cookieOf = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { json: (await response.json()) as Record<string, unknown>, cookie: cookieOf };
}

/** A council with a member and a meeting, set up over HTTP on the child server. */
async function setUp(base: string) {
  const setup = await http(base, '/api/setup', SECRETARIAT);
  const councilId = (setup.json.councils as { id: string }[])[0]?.id ?? '';
  const invited = await http(
    base,
    `/api/councils/${councilId}/invitations`,
    { role: 'member' },
    setup.cookie,
  );
  const member = await http(base, `/api/invitations/${invited.json.token}/accept`, MEMBER);
  const meeting = await http(
    base,
    `/api/councils/${councilId}/meetings`,
    meetingBodyWith(),
    setup.cookie,
  );
  return { secretariat: setup.cookie, member: member.cookie, meetingId: meeting.json.id as string };
}

describe.each(TEST_DATABASE_KINDS)('a live meeting through kill -9 (%s)', (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    ({ env, cleanup } = await childDatabase(kind));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await cleanup?.();
  });

  it('keeps the item, timer, hands, vote, ballots and private notes', async () => {
    let child = await startChild(env);
    try {
      let base = `http://127.0.0.1:${child.port}`;
      const { secretariat, member, meetingId } = await setUp(base);
      const open = async (cookie: string) => {
        const client = await openMeetingClient(base, cookie, sockets);
        const joined = await joinMeeting(client, meetingId);
        if (!joined.ok) throw new Error(joined.error);
        return { client, joined };
      };
      const run = async (c: MeetingClient, command: Parameters<typeof sendCommand>[2]) => {
        const ack = await sendCommand(c, meetingId, command);
        if (!ack.ok) throw new Error(`${command.type}: ${ack.error}`);
      };

      const f = (await open(secretariat)).client;
      const m = (await open(member)).client;
      await run(f, { type: 'agenda.goto', index: 1 });
      await run(f, { type: 'timer.start' });
      await run(m, { type: 'hand.raise' });
      await run(f, { type: 'hand.raise' });
      await run(f, {
        type: 'vote.start',
        settings: {
          title: '優先する課題',
          kind: 'note',
          items: [
            { ref: 'n1', label: '送迎' },
            { ref: 'n2', label: '居場所' },
          ],
          votesPerPerson: 3,
          onePerItem: false,
          anonymous: true,
        },
      });
      const voteId = f.latest()?.state.vote?.id ?? '';
      await run(m, { type: 'vote.cast', voteId, ballot: { n1: 2, n2: 1 } });
      await run(f, { type: 'vote.cast', voteId, ballot: { n2: 1 } });
      await run(f, { type: 'notes.private', anonymous: false });
      const kept = await ask<{ ok: boolean }>(m, MEETING_PRIVATE_NOTE, {
        meetingId,
        op: 'add',
        note: { id: 'p1', text: '夜間の相談先がない', tint: 'yellow' },
      });
      expect(kept.ok).toBe(true);
      await waitFor(
        () => f.latest()?.state.vote?.ballots === 2 && f.latest()?.state.hands.length === 2,
        10_000,
        'the state everyone was told',
      );
      const before = f.latest()?.state as LiveState;

      await killHard(child);
      child = await startChild(env);
      base = `http://127.0.0.1:${child.port}`;

      const again = await open(member);
      const facilitatorAgain = await open(secretariat);
      const state = again.joined.ok ? again.joined.snapshot.state : undefined;
      expect(state).toEqual(before);
      expect(state?.currentIndex).toBe(1);
      expect(state?.timer.runningSince).not.toBeNull();
      expect(state?.hands.map((h) => h.name)).toEqual([
        MEMBER.displayName,
        SECRETARIAT.displayName,
      ]);
      expect(state?.vote).toMatchObject({ id: voteId, status: 'open', ballots: 2, results: null });
      expect(state?.privateNotes).toEqual({ anonymous: false });
      if (!again.joined.ok || !facilitatorAgain.joined.ok) throw new Error('not joined');
      expect(again.joined.ballot).toEqual({ n1: 2, n2: 1 });
      expect(facilitatorAgain.joined.ballot).toEqual({ n2: 1 });
      expect(again.joined.privateNotes.map((n) => n.text)).toEqual(['夜間の相談先がない']);
      expect(facilitatorAgain.joined.privateNotes).toEqual([]);

      // The meeting goes on: the vote ends with every dot cast before the crash.
      await run(facilitatorAgain.client, { type: 'vote.end' });
      await waitFor(
        () => facilitatorAgain.client.latest()?.state.vote?.status === 'ended',
        10_000,
        'vote ended',
      );
      const results = facilitatorAgain.client.latest()?.state.vote?.results ?? [];
      expect(Object.fromEntries(results.map((r) => [r.ref, r.votes]))).toEqual({ n1: 2, n2: 2 });
    } finally {
      await killHard(child);
    }
  }, 180_000);
});
