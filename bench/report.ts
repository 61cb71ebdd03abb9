import type { MeasureResult } from './load';
import { fmt, formatTable, ratio } from './table';

export type LatencyRow = MeasureResult & {
  clients: number;
  ratePerClient: number;
  serverCpuMicros: number;
  serverCpuPercent: number;
  serverCpuMicrosPerUpdate: number;
  serverLoopDelayP99Ms: number;
  serverLoopDelayMaxMs: number;
};

type MemoryResult = { docs: number; rssPerDoc: number; heapPerDoc: number; verifiedBytes: number };
export type ColdSyncTime = {
  syncedMs: number;
  contentMs: number;
  timedOut: boolean;
  timeoutMs: number;
};

export type ServerResult = {
  id: string;
  name: string;
  latency: LatencyRow[];
  throughput?: {
    clients: number;
    maxSustained: number;
    steps: {
      targetRate: number;
      achievedRate: number;
      p99: number;
      delivered: number;
      closedClients: number;
      serverCpuPercent: number;
      serverLoopDelayMaxMs: number;
      serverCpuMicrosPerUpdate: number;
    }[];
  };
  memory?: { empty: MemoryResult; big: MemoryResult };
  coldSync?: { updates: number; before: ColdSyncTime; after: ColdSyncTime; compaction: string };
  errors: string[];
  /** The machine's 1-minute load average when this server's turn began and ended. */
  loadAverage: { before: number; after: number };
};

export type BenchResults = {
  date: string;
  quick: boolean;
  machine: { node: string; cpus: number; cpuModel: string; memoryGiB: number };
  plan: Record<string, unknown>;
  durationSeconds: number;
  servers: ServerResult[];
};

const P99_TARGET_RATIO = 0.8;
const COLD_SYNC_TARGET_MS = 200;
const KIB = 1024;
// The throughput step whose CPU per edit is the headline: busy enough that idle work (timers,
// pings, GC of nothing) is noise, low enough that every server sustains it.
const CPU_RATE = 800;

const cpuPerEdit = (s: ServerResult) =>
  s.throughput?.steps.find((step) => step.targetRate === CPU_RATE)?.serverCpuMicrosPerUpdate;
const MIB = 1024 * 1024;

function latencyTable(servers: ServerResult[]): string {
  const rows = servers.flatMap((s) =>
    s.latency.map((l) => [
      s.name,
      String(l.clients),
      fmt(l.achievedRate, 0),
      fmt(l.latency.p50),
      fmt(l.latency.p95),
      fmt(l.latency.p99),
      fmt(l.latency.max),
      fmt((100 * l.received) / Math.max(1, l.expected), 2),
      fmt(l.serverCpuPercent, 0),
      fmt(l.serverCpuMicrosPerUpdate, 0),
      fmt(l.serverLoopDelayMaxMs, 0),
      fmt(l.loadCpuPercent, 0),
    ]),
  );
  return formatTable(
    [
      'server',
      'clients',
      'edits/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'delivered %',
      'server CPU %',
      'server CPU µs/edit',
      'server loop block max ms',
      'load CPU %',
    ],
    rows,
  );
}

/** Time until the stored content arrived; '>N' when it had not after the timeout. */
function coldSyncCell(time: ColdSyncTime | undefined): string {
  // JSON (and so IPC) turns NaN into null.
  if (time?.timedOut && !Number.isFinite(time.contentMs)) return `>${fmt(time.timeoutMs, 0)}`;
  return fmt(time?.contentMs, 0);
}

function summaryTable(servers: ServerResult[]): string {
  return formatTable(
    [
      'server',
      'max edits/s (p99≤100ms)',
      `CPU µs/edit @${CPU_RATE}/s`,
      'RSS/empty doc KiB',
      'RSS/5MB doc MiB',
      'cold sync ms',
      'after compaction ms',
      'machine load',
    ],
    servers.map((s) => [
      s.name,
      fmt(s.throughput?.maxSustained, 0),
      fmt(cpuPerEdit(s), 0),
      fmt((s.memory?.empty.rssPerDoc ?? Number.NaN) / KIB, 0),
      fmt((s.memory?.big.rssPerDoc ?? Number.NaN) / MIB, 1),
      coldSyncCell(s.coldSync?.before),
      coldSyncCell(s.coldSync?.after),
      `${fmt(s.loadAverage.before)}→${fmt(s.loadAverage.after)}`,
    ]),
  );
}

type Metric = { label: string; of: (s: ServerResult) => number | undefined };

function metrics(servers: ServerResult[]): Metric[] {
  const rooms = [...new Set(servers.flatMap((s) => s.latency.map((l) => l.clients)))];
  return [
    ...rooms.map((clients) => ({
      label: `p99 @${clients} clients`,
      of: (s: ServerResult) => s.latency.find((l) => l.clients === clients)?.latency.p99,
    })),
    { label: 'max sustained edits/s', of: (s) => s.throughput?.maxSustained },
    { label: `server CPU/edit @${CPU_RATE}/s`, of: cpuPerEdit },
    { label: 'RSS per empty doc', of: (s) => s.memory?.empty.rssPerDoc },
    { label: 'RSS per 5 MB doc', of: (s) => s.memory?.big.rssPerDoc },
    { label: 'cold sync', of: (s) => s.coldSync?.before.contentMs },
    { label: 'cold sync after compaction', of: (s) => s.coldSync?.after.contentMs },
  ];
}

const isOurs = (s: ServerResult) => s.id.startsWith('ours');

function ratioTable(servers: ServerResult[]): string {
  const pairs = servers
    .filter(isOurs)
    .flatMap((ours) => servers.filter((p) => !isOurs(p)).map((peer) => ({ ours, peer })));
  return formatTable(
    [
      'ours / peer (lower is better, except edits/s)',
      ...pairs.map((p) => `${p.ours.id}/${p.peer.id}`),
    ],
    metrics(servers).map((m) => [m.label, ...pairs.map((p) => ratio(m.of(p.ours), m.of(p.peer)))]),
  );
}

/** One line per target of issue 3, met or missed and by how much. */
export function targetLines(servers: ServerResult[]): string[] {
  const lines: string[] = [];
  for (const ours of servers.filter(isOurs)) {
    for (const peer of servers.filter((s) => !isOurs(s))) {
      for (const row of ours.latency) {
        const theirs = peer.latency.find((l) => l.clients === row.clients)?.latency.p99;
        if (theirs === undefined) continue;
        const r = row.latency.p99 / theirs;
        const verdict = r <= P99_TARGET_RATIO ? 'met' : 'MISSED';
        lines.push(
          `${verdict}: ${ours.id} p99 ≤ ${P99_TARGET_RATIO}× ${peer.id} @${row.clients} clients ` +
            `(${fmt(row.latency.p99)} vs ${fmt(theirs)} ms = ${r.toFixed(2)}×)`,
        );
      }
    }
    const cold = ours.coldSync;
    if (cold) {
      for (const [when, time] of [
        ['before compaction', cold.before],
        ['after compaction', cold.after],
      ] as const) {
        const met = Number.isFinite(time.contentMs) && time.contentMs <= COLD_SYNC_TARGET_MS;
        const verdict = met ? 'met' : 'MISSED';
        lines.push(
          `${verdict}: ${ours.id} cold sync of ${cold.updates} updates ${when} ≤ ` +
            `${COLD_SYNC_TARGET_MS} ms (${coldSyncCell(time)} ms)`,
        );
      }
    }
  }
  return lines;
}

export function printResults(results: BenchResults): string {
  const m = results.machine;
  const errors = results.servers.flatMap((s) => s.errors.map((e) => `${s.id}: ${e}`));
  return [
    `Tsunagu realtime benchmark ${results.date}${results.quick ? ' (--quick)' : ''}`,
    `Node ${m.node}, ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB; ${results.durationSeconds.toFixed(0)} s`,
    '',
    'Fan-out latency (sender edit → every other client observed it)',
    latencyTable(results.servers),
    '',
    summaryTable(results.servers),
    '',
    ratioTable(results.servers),
    '',
    'Targets',
    ...targetLines(results.servers),
    ...(errors.length ? ['', 'Errors', ...errors] : []),
  ].join('\n');
}
