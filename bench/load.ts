import { setTimeout as sleep } from 'node:timers/promises';
import { NOTES_MAX } from '../shared/board/agency';
import { allNotes, notesOf, observeNotes, writeNotes } from './boardEdits';
import { type BenchClient, connectClient, REMOTE } from './client';
import { serveIpc } from './ipc';
import type { Target } from './servers/child';
import { type LatencySummary, summarize } from './stats';

// The load generator child: every sender and receiver lives here, so one clock (this
// process's performance.now()) timestamps an edit and its arrival at each receiver.

// ~150 characters so one edit's update is ~200 bytes on the wire.
const PAD = 'つなぐ'.repeat(10) + 'x'.repeat(60);

type Edit = { t: number; p: string };

let room: BenchClient[] = [];
let roomObservers: boolean[] = [];
let samples: number[] = [];
let recording = false;

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Connects `count` clients to one document, 25 handshakes at a time; see `observes`. */
async function connectMany(
  target: Target,
  docName: string,
  count: number,
  observers = count,
  firstPerson = 0,
) {
  const clients: BenchClient[] = [];
  for (let at = 0; at < count; at += 25) {
    const batch = Array.from({ length: Math.min(25, count - at) }, (_, i) =>
      connectClient(target, docName, firstPerson + at + i, observes(at + i, count, observers)),
    );
    clients.push(...batch);
    await withTimeout(Promise.all(batch.map((c) => c.synced)), 15_000, `sync of ${docName}`);
  }
  return clients;
}

function observeLatency(client: BenchClient) {
  observeNotes(client.doc, REMOTE, (keys) => {
    if (!recording) return;
    const now = performance.now();
    for (const key of keys) {
      const notes = notesOf(client.doc, key);
      if (notes) samples.push(now - (JSON.parse(notes) as Edit).t);
    }
  });
}

/** Whether client `index` of `count` is one of `observers` evenly spread latency observers. */
function observes(index: number, count: number, observers: number): boolean {
  return index % Math.ceil(count / observers) === 0;
}

async function open(params: {
  target: Target;
  docName: string;
  clients: number;
  observers: number;
}) {
  const started = performance.now();
  room = await connectMany(params.target, params.docName, params.clients, params.observers);
  roomObservers = room.map((_, i) => observes(i, room.length, params.observers));
  room.forEach((client, i) => {
    if (roomObservers[i]) observeLatency(client);
  });
  return { connectMs: performance.now() - started };
}

export type MeasureResult = {
  sent: number;
  expected: number;
  received: number;
  achievedRate: number;
  latency: LatencySummary;
  loadCpuPercent: number;
  closedClients: number;
};

/**
 * Every client of the room sets its own key at `ratePerClient` per second (random phase) for
 * `durationMs`; then waits until every receiver has observed every edit or `drainMs` passes.
 */
async function measure(params: { ratePerClient: number; durationMs: number; drainMs: number }) {
  samples = [];
  const clients = room;
  const sentBy = new Array<number>(clients.length).fill(0);
  const phase = clients.map(() => Math.random());
  const cpuBefore = process.cpuUsage();
  let closedClients = 0;
  for (const c of clients) void c.closed.then(() => closedClients++);
  recording = true;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const elapsed = performance.now() - start;
      const last = elapsed >= params.durationMs;
      const dueAt = Math.min(elapsed, params.durationMs);
      clients.forEach((client, i) => {
        const due = Math.floor((dueAt / 1000) * params.ratePerClient + (phase[i] as number));
        while ((sentBy[i] as number) < due) {
          sentBy[i] = (sentBy[i] as number) + 1;
          const edit: Edit = { t: performance.now(), p: PAD };
          writeNotes(client.doc, [[`c${i}`, JSON.stringify(edit)]]);
        }
      });
      if (last) resolve();
      else setTimeout(tick, 2);
    };
    tick();
  });
  const sent = sentBy.reduce((a, b) => a + b, 0);
  const observerCount = roomObservers.filter(Boolean).length;
  const expected = sentBy.reduce(
    (total, n, i) => total + n * (observerCount - (roomObservers[i] ? 1 : 0)),
    0,
  );
  const drainUntil = performance.now() + params.drainMs;
  while (samples.length < expected && performance.now() < drainUntil) await sleep(5);
  recording = false;
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = performance.now() - start;
  return {
    sent,
    expected,
    received: samples.length,
    achievedRate: sent / (params.durationMs / 1000),
    latency: summarize(samples),
    loadCpuPercent: (100 * (cpu.user + cpu.system)) / 1000 / wallMs,
    closedClients,
  } satisfies MeasureResult;
}

function closeRoom() {
  for (const client of room) client.close();
  room = [];
  roomObservers = [];
}

/**
 * Time from opening the socket until sync step 2 arrived and until the document holds `value`
 * at `key` (a server may report synced before it has loaded the stored state). Gives up after
 * `timeoutMs`, reporting what had arrived by then.
 */
async function coldSync(params: {
  target: Target;
  docName: string;
  key: string;
  value: number;
  timeoutMs: number;
}) {
  const started = performance.now();
  const client = connectClient(params.target, params.docName, 0);
  let syncedMs = Number.NaN;
  let contentMs = Number.NaN;
  const synced = client.synced.then(() => {
    syncedMs = performance.now() - started;
  });
  const arrived = new Promise<void>((resolve) => {
    const check = () => {
      const notes = notesOf(client.doc, params.key);
      if (notes && (JSON.parse(notes) as { i?: number }).i === params.value) {
        if (Number.isNaN(contentMs)) contentMs = performance.now() - started;
        resolve();
      }
    };
    observeNotes(client.doc, REMOTE, check);
    check();
  });
  try {
    await withTimeout(Promise.all([synced, arrived]), params.timeoutMs, 'cold sync');
    return { syncedMs, contentMs, timedOut: false, timeoutMs: params.timeoutMs };
  } catch {
    return { syncedMs, contentMs, timedOut: true, timeoutMs: params.timeoutMs };
  } finally {
    client.close();
  }
}

/**
 * One client per document; each writes `bytesPerDoc` of text in updates of `chunkBytes`
 * (below the servers' message limits) and stays connected so the documents stay loaded.
 * A fresh client then reads the first document back to prove the server holds it all.
 */
async function fill(params: {
  target: Target;
  docNames: string[];
  bytesPerDoc: number;
  chunkBytes: number;
}) {
  room = [];
  for (const [i, docName] of params.docNames.entries()) {
    const [client] = await connectMany(params.target, docName, 1, 1, i);
    if (!client) throw new Error('no client');
    room.push(client);
    for (let written = 0, chunk = 0; written < params.bytesPerDoc; chunk++) {
      const size = Math.min(params.chunkBytes, params.bytesPerDoc - written);
      // Agencies' notes hold at most NOTES_MAX characters: a chunk is many agencies.
      const notes = Array.from(
        { length: Math.ceil(size / NOTES_MAX) },
        (_, j): [string, string] => [
          `chunk${chunk}-${j}`,
          'x'.repeat(Math.min(NOTES_MAX, size - j * NOTES_MAX)),
        ],
      );
      writeNotes(client.doc, notes);
      written += size;
      await sleep(20);
    }
  }
  if (params.bytesPerDoc === 0) return { verifiedBytes: 0 };
  const [reader] = await connectMany(params.target, params.docNames[0] ?? '', 1, 1, 1);
  if (!reader) throw new Error('no reader');
  let verifiedBytes = 0;
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    verifiedBytes = 0;
    for (const notes of allNotes(reader.doc)) verifiedBytes += notes.length;
    if (verifiedBytes >= params.bytesPerDoc) break;
    await sleep(50);
  }
  reader.close();
  return { verifiedBytes };
}

serveIpc({ open, measure, close: closeRoom, coldSync, fill });
process.send?.({ ready: true });
