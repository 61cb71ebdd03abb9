import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket as NodeWebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MESSAGE_SAVED } from '../shared/realtimeProtocol';
import { notesOf, writeNotes } from './boardEdits';
import { type RunningServer, type ServerSpec, startServer, stopServer } from './children';
import type { MemoryReport } from './servers/child';
import { fmt, formatTable } from './table';

// `npm run bench -- --soak [minutes]`: a long meeting's load on our server (PGlite), to see
// whether its memory settles. 25 stock y-websocket providers (the client the app uses, with its
// awareness and reconnects) on 5 boards, each editing its own agency's notes 4 times a second
// (100 edits/s in all); the server's memory sampled every 30 s, by where it is held.

export const SOAK_BOARDS = 5;
export const SOAK_CLIENTS = 25;
const EDITS_PER_SECOND = 100;
const SAMPLE_MS = 30_000;
const MiB = 2 ** 20;

type Client = { provider: WebsocketProvider; doc: Y.Doc; key: string; board: number };
type Sample = MemoryReport & { at: number; edits: number; disconnects: number; load: number };

function connect(server: RunningServer, index: number): Client {
  const { target } = server;
  const headers = target.headers[index % target.headers.length] ?? {};
  class SignedInSocket extends NodeWebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const board = index % SOAK_BOARDS;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    target.urlPrefix.replace(/\/$/, ''),
    target.docNames[board] ?? '',
    doc,
    { WebSocketPolyfill: SignedInSocket as unknown as typeof WebSocket },
  );
  // Our server's `saved` acknowledgements mean nothing to the stock provider.
  provider.messageHandlers[MESSAGE_SAVED] = () => {};
  provider.awareness.setLocalStateField('user', { name: `soak ${index}` });
  return { provider, doc, key: `soak-${index}`, board };
}

const synced = (client: Client) =>
  new Promise<void>((resolve) => {
    if (client.provider.synced) resolve();
    else client.provider.once('sync', () => resolve());
  });

/** Whether every client of every board sees every client's last value. */
function converged(clients: Client[], last: Map<string, string>): boolean {
  return clients.every((reader) =>
    clients
      .filter((writer) => writer.board === reader.board)
      .every((writer) => notesOf(reader.doc, writer.key) === last.get(writer.key)),
  );
}

/** The second half's samples stay within ±10 % of their median: the memory has settled. */
export function plateau(values: number[]): { median: number; spread: number } {
  const half = values.slice(Math.floor(values.length / 2)).sort((a, b) => a - b);
  const median = half[Math.floor(half.length / 2)] ?? 0;
  const spread = Math.max(...half.map((v) => Math.abs(v - median) / median));
  return { median, spread };
}

function printSamples(samples: Sample[]): string {
  const threadKeys = [...new Set(samples.flatMap((s) => Object.keys(s.threads)))];
  const mib = (bytes: number | undefined) => fmt((bytes ?? 0) / MiB, 0);
  return formatTable(
    [
      'min',
      'edits',
      'RSS MiB',
      'heap used',
      'heap total',
      'external',
      'arrayBuffers',
      ...threadKeys,
      'disconnects',
      'load',
    ],
    samples.map((s) => [
      fmt(s.at / 60_000, 1),
      String(s.edits),
      mib(s.rss),
      mib(s.heapUsed),
      mib(s.heapTotal),
      mib(s.external),
      mib(s.arrayBuffers),
      ...threadKeys.map((k) => mib(s.threads[k])),
      String(s.disconnects),
      fmt(s.load, 1),
    ]),
  );
}

export async function runSoak(spec: ServerSpec, dataDir: string, minutes: number): Promise<void> {
  const server = await startServer(spec, dataDir, SOAK_BOARDS);
  const clients: Client[] = [];
  const samples: Sample[] = [];
  const last = new Map<string, string>();
  let edits = 0;
  let disconnects = 0;
  let leaving = false;
  // One exit listener per provider (y-websocket's own), more than Node's default warns about.
  process.setMaxListeners(SOAK_CLIENTS + 10);
  const started = performance.now();
  const sample = async (at: number) => {
    const memory = await server.ipc.call<MemoryReport>('memory');
    samples.push({ ...memory, at, edits, disconnects, load: loadavg()[0] ?? 0 });
    const s = samples.at(-1) as Sample;
    console.error(
      `[soak] ${fmt(at / 60_000, 1)} min: RSS ${fmt(s.rss / MiB, 0)} MiB, heap ${fmt(s.heapUsed / MiB, 0)} MiB, ${edits} edits`,
    );
  };
  try {
    for (let i = 0; i < SOAK_CLIENTS; i++) {
      const client = connect(server, i);
      client.provider.on('status', ({ status }: { status: string }) => {
        if (status === 'disconnected' && !leaving) disconnects++;
      });
      clients.push(client);
    }
    await Promise.all(clients.map(synced));
    await sample(0);
    // Each client edits at its own steady rate, with a random phase, as people do.
    const interval = (1000 * SOAK_CLIENTS) / EDITS_PER_SECOND;
    const padding = 'x'.repeat(120);
    const timers = clients.map((client) => {
      let n = 0;
      const edit = () => {
        const value = `${++n} ${padding}`;
        last.set(client.key, value);
        writeNotes(client.doc, [[client.key, value]]);
        edits++;
      };
      let repeat: NodeJS.Timeout | undefined;
      const start = setTimeout(() => {
        repeat = setInterval(edit, interval);
      }, Math.random() * interval);
      return () => {
        clearTimeout(start);
        clearInterval(repeat);
      };
    });
    const end = started + minutes * 60_000;
    while (performance.now() < end) {
      await sleep(Math.min(SAMPLE_MS, end - performance.now()));
      await sample(performance.now() - started);
    }
    for (const stop of timers) stop();
    const convergedBy = performance.now() + 30_000;
    while (!converged(clients, last) && performance.now() < convergedBy) await sleep(200);
    const allConverged = converged(clients, last);
    leaving = true;
    for (const client of clients) client.provider.destroy();
    // What the server keeps once everyone has left (documents unload after their last write).
    await sleep(5_000);
    await server.ipc.call('gc');
    await sample(performance.now() - started);
    const rss = plateau(samples.slice(0, -1).map((s) => s.rss));
    console.log(
      `Soak: ${SOAK_CLIENTS} y-websocket providers on ${SOAK_BOARDS} boards, ${EDITS_PER_SECOND} edits/s, ${minutes} min, ${server.target.name}`,
    );
    console.log(printSamples(samples));
    console.log(
      `\n${edits} edits; ${allConverged ? 'every client converged' : 'NOT converged'}; ${disconnects} disconnects`,
    );
    console.log(
      `RSS over the second half: median ${fmt(rss.median / MiB, 0)} MiB, farthest sample ${fmt(100 * rss.spread, 1)} % from it (${rss.spread <= 0.1 ? 'plateau: within ±10 %' : 'NOT within ±10 %'}); the last row is after every client left and a GC`,
    );
  } finally {
    for (const client of clients) client.provider.destroy();
    await stopServer(server);
  }
}
