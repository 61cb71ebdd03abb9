// `npm run bench:meeting`: one meeting of PEOPLE participants (default 200) on this machine. The
// server runs as its own process (as `npm start`: PGlite in a fresh data directory, or
// BENCH_DATABASE_URL for PostgreSQL); this process plays every participant: a Socket.IO client of
// /meetings and a y-websocket client of the meeting's note wall each. Prints:
// - join: from the first connection to the last join acknowledged with the wall synced (≤ 5 s);
// - timer: the facilitator's start/pause reaching every participant's state (p99 ≤ 100 ms);
// - votes: VOTES dot votes where everyone casts a known ballot, tallied by the server, compared
//   with the expected tally (correct every run);
// - note moves: one person moves a note, time until each other participant's wall shows it
//   (p99 ≤ 100 ms);
// - the server's CPU time per phase and its peak resident memory (read from /proc).
// BENCH_CPU_PROF=dir: the server writes a V8 CPU profile there (node --cpu-prof) when it stops, and
// the join phase's start and end are printed on the monotonic clock the profile's times use.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type * as Y from 'yjs';
import { meetingBodyWith } from '../server/meetings/sampleMeeting';
import { type Child, killHard, startChild, stopGently } from '../server/process/childServer';
import {
  type CommandAck,
  type JoinAck,
  type LiveSnapshot,
  MEETING_COMMAND,
  MEETING_JOIN,
  MEETING_NAMESPACE,
  MEETING_STATE,
} from '../shared/meeting/liveProtocol';
import type { LiveCommand } from '../shared/meeting/liveState';
import { addNote, moveNote, NOTES, noteWallDocName } from '../shared/meeting/noteWall';
import { type BenchClient, connectClient } from './client';
import { summarize } from './stats';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 200);
const TIMER_ROUNDS = Number(process.env.BENCH_TIMER_ROUNDS ?? 20);
const VOTES = Number(process.env.BENCH_VOTES ?? 3);
const MOVES = Number(process.env.BENCH_MOVES ?? 30);
const ORIGIN = 'http://localhost:3000';
const PASSWORD = 'bench-meeting-password-1';

type Person = { cookie: string; userId: string; name: string };

async function post(base: string, path: string, body: unknown, cookie = '') {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  if (response.status >= 300)
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  const json = (await response.json()) as Record<string, unknown>;
  return { json, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

/** The server's CPU time so far (ms) and resident memory (MiB), from /proc. */
function serverUsage(pid: number): { cpuMs: number; rssMiB: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuMs: (ticks * 1000) / 100, rssMiB: Number(rss?.[1] ?? 0) / 1024 };
}

/** A council with PEOPLE members besides its secretariat (the facilitator), and a meeting. */
async function setUp(base: string) {
  const setup = await post(base, '/api/setup', {
    councilName: 'ベンチ市協議会',
    displayName: '事務局 進行',
    email: 'facilitator@bench.example.jp',
    password: PASSWORD,
  });
  const councilId = (setup.json.councils as { id: string }[])[0]?.id ?? '';
  const facilitator: Person = {
    cookie: setup.cookie,
    userId: (setup.json.user as { id: string }).id,
    name: '事務局 進行',
  };
  const people: Person[] = [];
  // Accepting hashes a password (argon2): a few at a time keeps the server responsive.
  for (let start = 0; start < PEOPLE; start += 8) {
    const batch = Array.from({ length: Math.min(8, PEOPLE - start) }, async (_, k) => {
      const i = start + k;
      const invited = await post(
        base,
        `/api/councils/${councilId}/invitations`,
        { role: 'member' },
        facilitator.cookie,
      );
      const name = `参加者 ${i + 1}`;
      const joined = await post(base, `/api/invitations/${invited.json.token}/accept`, {
        displayName: name,
        email: `p${i}@bench.example.jp`,
        password: PASSWORD,
      });
      return { cookie: joined.cookie, userId: (joined.json.user as { id: string }).id, name };
    });
    people.push(...(await Promise.all(batch)));
  }
  const meeting = await post(
    base,
    `/api/councils/${councilId}/meetings`,
    meetingBodyWith({ title: 'ベンチ 合同交流会' }),
    facilitator.cookie,
  );
  return { facilitator, people, meetingId: meeting.json.id as string };
}

type Participant = {
  person: Person;
  socket: Socket;
  latest: LiveSnapshot | undefined;
  onState: ((s: LiveSnapshot) => void) | undefined;
  wall: BenchClient;
};

async function joinAll(base: string, port: number, meetingId: string, everyone: Person[]) {
  const target = {
    name: 'tsunagu',
    protocol: 'y-websocket' as const,
    urlPrefix: `ws://127.0.0.1:${port}/yjs/`,
    headers: everyone.map((p) => ({ cookie: p.cookie, origin: ORIGIN })),
    docNames: [],
  };
  return Promise.all(
    everyone.map(async (person, i) => {
      const socket = io(`${base}${MEETING_NAMESPACE}`, {
        path: '/socket.io',
        transports: ['websocket'],
        extraHeaders: { origin: ORIGIN, cookie: person.cookie },
        reconnection: false,
      });
      const participant: Participant = {
        person,
        socket,
        latest: undefined,
        onState: undefined,
        wall: connectClient(target, noteWallDocName(meetingId), i),
      };
      socket.on(MEETING_STATE, (s: LiveSnapshot) => {
        participant.latest = s;
        participant.onState?.(s);
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      const ack = (await socket
        .timeout(30_000)
        .emitWithAck(MEETING_JOIN, { meetingId })) as JoinAck;
      if (!ack.ok) throw new Error(`join: ${ack.error}`);
      await participant.wall.synced;
      return participant;
    }),
  );
}

const command = async (p: Participant, meetingId: string, c: LiveCommand) => {
  const ack = (await p.socket
    .timeout(30_000)
    .emitWithAck(MEETING_COMMAND, { meetingId, command: c })) as CommandAck;
  if (!ack.ok) throw new Error(`${c.type}: ${ack.error}`);
};

/** Time from sending `c` until every participant's state satisfies `reached`. */
async function spread(
  all: Participant[],
  by: Participant,
  meetingId: string,
  c: LiveCommand,
  reached: (s: LiveSnapshot) => boolean,
): Promise<number[]> {
  const started = performance.now();
  const delays = Promise.all(
    all.map(
      (p) =>
        new Promise<number>((resolve) => {
          p.onState = (s) => {
            if (reached(s)) {
              p.onState = undefined;
              resolve(performance.now() - started);
            }
          };
        }),
    ),
  );
  await command(by, meetingId, c);
  return delays;
}

async function main() {
  const env: Record<string, string> = process.env.BENCH_DATABASE_URL
    ? { DATABASE_URL: process.env.BENCH_DATABASE_URL }
    : { DATA_DIR: mkdtempSync(join(tmpdir(), 'tsunagu-bench-meeting-')) };
  const profileDir = process.env.BENCH_CPU_PROF;
  const child: Child = await startChild(
    {
      ...env,
      PUBLIC_ORIGIN: ORIGIN,
      AUTH_RATE_LIMIT: '100000',
    },
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  const pid = child.process.pid ?? 0;
  const base = `http://127.0.0.1:${child.port}`;
  const rows: [string, string][] = [];
  const usage: { phase: string; cpuMs: number }[] = [];
  let peakRss = 0;
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, serverUsage(pid).rssMiB);
  }, 200);
  const phase = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    console.error(`bench:meeting: ${name}…`);
    const before = serverUsage(pid).cpuMs;
    const result = await run();
    usage.push({ phase: name, cpuMs: serverUsage(pid).cpuMs - before });
    return result;
  };
  try {
    console.error(`bench:meeting: setting up ${PEOPLE} people…`);
    const { facilitator, people, meetingId } = await setUp(base);
    const rssIdle = serverUsage(pid).rssMiB;

    const joinStart = performance.now();
    const joinFrom = process.hrtime.bigint() / 1000n;
    const everyone = await phase('join', () =>
      joinAll(base, child.port, meetingId, [facilitator, ...people]),
    );
    const joinMs = performance.now() - joinStart;
    if (profileDir) {
      console.error(
        `bench:meeting: join from ${joinFrom} to ${process.hrtime.bigint() / 1000n} µs`,
      );
    }
    rows.push([`join (all ${everyone.length} with the wall synced)`, `${joinMs.toFixed(0)} ms`]);
    const f = everyone[0] as Participant;

    const timer: number[] = [];
    await command(f, meetingId, { type: 'agenda.goto', index: 1 });
    await phase('timer', async () => {
      for (let round = 0; round < TIMER_ROUNDS; round++) {
        const start = round % 2 === 0;
        timer.push(
          ...(await spread(
            everyone,
            f,
            meetingId,
            { type: start ? 'timer.start' : 'timer.pause' },
            (s) => (s.state.timer.runningSince !== null) === start,
          )),
        );
      }
    });
    const t = summarize(timer);
    rows.push([
      'timer to everyone p50 / p99 / max',
      `${t.p50.toFixed(1)} / ${t.p99.toFixed(1)} / ${t.max.toFixed(1)} ms`,
    ]);

    let correct = 0;
    await phase('votes', async () => {
      for (let v = 0; v < VOTES; v++) {
        const items = ['送迎', '居場所', '相談先', '人材', '情報'].map((label, k) => ({
          ref: `item-${v}-${k}`,
          label,
        }));
        await command(f, meetingId, {
          type: 'vote.start',
          settings: {
            title: `ベンチ投票 ${v + 1}`,
            kind: 'note',
            items,
            votesPerPerson: 3,
            onePerItem: false,
            anonymous: v % 2 === 0,
          },
        });
        const voteId = f.latest?.state.vote?.id ?? '';
        const expected = new Map<string, number>();
        await Promise.all(
          everyone.map((p, i) => {
            const a = items[i % items.length]?.ref ?? '';
            const b = items[(i * 7 + v) % items.length]?.ref ?? '';
            const ballot = a === b ? { [a]: 3 } : { [a]: 2, [b]: 1 };
            for (const [ref, n] of Object.entries(ballot)) {
              expected.set(ref, (expected.get(ref) ?? 0) + n);
            }
            return command(p, meetingId, { type: 'vote.cast', voteId, ballot });
          }),
        );
        await command(f, meetingId, { type: 'vote.end' });
        const results = f.latest?.state.vote?.results ?? [];
        const tally = new Map(results.map((r) => [r.ref, r.votes]));
        const right =
          f.latest?.state.vote?.ballots === everyone.length &&
          items.every((item) => (tally.get(item.ref) ?? 0) === (expected.get(item.ref) ?? 0));
        if (right) correct++;
        else console.error('wrong tally', { expected: [...expected], results });
      }
    });
    rows.push([`votes of ${everyone.length} tallied correctly`, `${correct} / ${VOTES}`]);

    // One person's note, moved again and again; each other wall reports when it sees the move.
    const mover = everyone[1] as Participant;
    const added = addNote(
      mover.wall.doc,
      {
        text: 'ベンチの付箋',
        tint: 'yellow',
        x: 0,
        y: 0,
        authorId: mover.person.userId,
        authorName: mover.person.name,
        createdAt: Date.now(),
      },
      'bench',
    );
    if (!added.ok) throw new Error('note not added');
    const noteId = added.value.id;
    const xOf = (doc: Y.Doc) => {
      const entry = doc.getMap<Y.Map<unknown>>(NOTES.name).get(noteId);
      return entry?.get('x');
    };
    const moves: number[] = [];
    await phase('note moves', async () => {
      for (let k = 1; k <= MOVES; k++) {
        const x = k * 10;
        const others = everyone.filter((p) => p !== mover);
        const started = performance.now();
        const seen = Promise.all(
          others.map(
            (p) =>
              new Promise<number>((resolve) => {
                const check = () => {
                  if (xOf(p.wall.doc) === x) {
                    p.wall.doc.off('update', check);
                    resolve(performance.now() - started);
                  }
                };
                p.wall.doc.on('update', check);
                check();
              }),
          ),
        );
        moveNote(mover.wall.doc, noteId, x, 100, 'bench');
        moves.push(...(await seen));
      }
    });
    const m = summarize(moves);
    rows.push([
      'note move to every other wall p50 / p99 / max',
      `${m.p50.toFixed(1)} / ${m.p99.toFixed(1)} / ${m.max.toFixed(1)} ms`,
    ]);
    for (const u of usage) rows.push([`server CPU: ${u.phase}`, `${u.cpuMs.toFixed(0)} ms`]);
    rows.push([
      'server RSS idle before join / peak',
      `${rssIdle.toFixed(0)} / ${peakRss.toFixed(0)} MiB`,
    ]);

    for (const p of everyone) {
      p.socket.disconnect();
      p.wall.close();
    }
  } finally {
    clearInterval(sample);
    await (profileDir ? stopGently(child) : killHard(child));
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(
    `\nbench:meeting — ${PEOPLE} participants + facilitator, ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`,
  );
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

await main();
process.exit(0);
