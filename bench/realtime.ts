import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  forkChild,
  nextMessage,
  profileDir,
  type RunningServer,
  runOnce,
  type ServerSpec,
  startServer,
  stopServer,
} from './children';
import { type IpcClient, ipcClient } from './ipc';
import type { MeasureResult } from './load';
import { type BenchResults, type ColdSyncTime, printResults, type ServerResult } from './report';
import { seedHistory } from './seedDoc';
import type { ServerStats } from './servers/child';
import { runSoak } from './soak';
import { writeUpdatesFile } from './updatesFile';

// `npm run bench [-- --quick] [-- --only=ours,hocuspocus]`: every server under test runs in its
// own child process, the load generator in another, all on 127.0.0.1.
// `npm run bench -- --soak [minutes]`: ours alone under a long meeting's load (soak.ts).

const here = fileURLToPath(new URL('.', import.meta.url));
const quick = process.argv.includes('--quick');
const soakAt = process.argv.indexOf('--soak');
const soakMinutes = soakAt < 0 ? undefined : Number(process.argv[soakAt + 1] ?? '') || 60;
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

const plan = quick
  ? {
      rooms: [2, 10, 50, 200],
      durationMs: 1000,
      warmupMs: 300,
      throughputRates: [400, 800, 1600, 3200],
      throughputMs: 1000,
      emptyDocs: 20,
      bigDocs: 1,
      seedUpdates: 20_000,
      coldSyncTimeoutMs: 10_000,
    }
  : {
      rooms: [2, 10, 50, 200],
      durationMs: 6000,
      warmupMs: 1000,
      throughputRates: [100, 200, 400, 800, 1600, 2400, 3200, 4800, 6400],
      throughputMs: 2500,
      emptyDocs: 50,
      bigDocs: 3,
      seedUpdates: 100_000,
      coldSyncTimeoutMs: 60_000,
    };
// Edits per second per client: "several" for small rooms; 200 clients at 1/s already means
// 40,000 deliveries a second, beyond what one load-generator core can observe at 2/s.
const ratePerClient = (clients: number) => (clients >= 200 ? 1 : 2);
// Clients whose observers time every delivery; the others receive every byte but skip the
// Y.Doc apply (see client.ts), or the load process, not the server, would be what is measured.
const MAX_OBSERVERS = 50;
const THROUGHPUT_ROOM = 10;
const P99_LIMIT_MS = 100;
const BIG_DOC_BYTES = 5 * 1024 * 1024;

const allServers: ServerSpec[] = [
  { id: 'ours', file: 'servers/ours.ts', env: () => ({ BENCH_DATABASE_URL: '' }) },
  ...(process.env.BENCH_DATABASE_URL
    ? [
        {
          id: 'ours-pg',
          file: 'servers/ours.ts',
          env: () => ({ BENCH_DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '' }),
        },
      ]
    : []),
  { id: 'y-websocket', file: 'servers/yWebsocket.ts', env: (dir) => ({ YPERSISTENCE: dir }) },
  { id: 'hocuspocus', file: 'servers/hocuspocus.ts', env: () => ({}) },
];
const servers = allServers.filter((s) => !only || only.includes(s.id));
// Every server holds the measured rooms' documents, a spare, and the empty ones for memory.
const docCount = Math.max(plan.rooms.length + 1, plan.emptyDocs);

async function measureRoom(
  load: IpcClient,
  server: RunningServer,
  docName: string,
  clients: number,
  rates: number[],
  durationMs: number,
) {
  await load.call('open', {
    target: server.target,
    docName,
    clients,
    observers: Math.min(clients, MAX_OBSERVERS),
  });
  try {
    await load.call('measure', {
      ratePerClient: rates[0],
      durationMs: plan.warmupMs,
      drainMs: 1000,
    });
    const steps: (MeasureResult & {
      serverCpuMicros: number;
      serverCpuPercent: number;
      serverLoopDelayP99Ms: number;
      serverLoopDelayMaxMs: number;
      targetRate: number;
    })[] = [];
    for (const rate of rates) {
      const before = await server.ipc.call<ServerStats>('stats');
      const startedAt = performance.now();
      const result = await load.call<MeasureResult>('measure', {
        ratePerClient: rate,
        durationMs,
        drainMs: 3000,
      });
      const after = await server.ipc.call<ServerStats>('stats');
      steps.push({
        ...result,
        serverCpuMicros: after.cpuMicros - before.cpuMicros,
        serverLoopDelayP99Ms: after.loopDelayP99Ms,
        serverLoopDelayMaxMs: after.loopDelayMaxMs,
        serverCpuPercent:
          (100 * (after.cpuMicros - before.cpuMicros)) / 1000 / (performance.now() - startedAt),
        targetRate: rate * clients,
      });
      const delivered = result.received / Math.max(1, result.expected);
      if (result.latency.p99 > P99_LIMIT_MS || delivered < 0.99 || result.closedClients > 0) break;
    }
    return steps;
  } finally {
    await load.call('close');
  }
}

async function memoryPerDoc(
  load: IpcClient,
  server: RunningServer,
  docNames: string[],
  bytesPerDoc: number,
) {
  // Let start-up work (migrations, first queries) settle before the baseline.
  await sleep(1000);
  const before = await server.ipc.call<ServerStats>('gc');
  const { verifiedBytes } = await load.call<{ verifiedBytes: number }>('fill', {
    target: server.target,
    docNames,
    bytesPerDoc,
    chunkBytes: 256 * 1024,
  });
  await sleep(1000);
  const after = await server.ipc.call<ServerStats>('gc');
  await load.call('close');
  return {
    docs: docNames.length,
    rssPerDoc: (after.rss - before.rss) / docNames.length,
    heapPerDoc: (after.heapUsed - before.heapUsed) / docNames.length,
    verifiedBytes,
  };
}

async function coldSync(
  load: IpcClient,
  spec: ServerSpec,
  dataDir: string,
  updatesFile: string,
  expect: { key: string; value: number },
) {
  const docName = await runOnce<string>(spec, dataDir, ['--seed', updatesFile], 'seeded');
  const measure = async () => {
    const server = await startServer(spec, dataDir, docCount);
    try {
      return await load.call<ColdSyncTime>('coldSync', {
        target: server.target,
        docName,
        ...expect,
        timeoutMs: plan.coldSyncTimeoutMs,
      });
    } finally {
      await stopServer(server);
    }
  };
  const before = await measure();
  const compaction = await runOnce<string>(spec, dataDir, ['--compact', docName], 'compacted');
  const after = await measure();
  return { updates: plan.seedUpdates, before, after, compaction };
}

async function benchServer(
  spec: ServerSpec,
  load: IpcClient,
  root: string,
  seed: { file: string; expect: { key: string; value: number } },
): Promise<ServerResult> {
  const dataDir = join(root, spec.id);
  mkdirSync(dataDir, { recursive: true });
  // The machine may be shared: its load average around each server's turn says whether other
  // work competed with the one being measured.
  const result: ServerResult = {
    id: spec.id,
    name: spec.id,
    latency: [],
    errors: [],
    loadAverage: { before: loadavg()[0] ?? 0, after: Number.NaN },
  };
  const attempt = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (error) {
      result.errors.push(`${what}: ${(error as Error).message.split('\n')[0]}`);
      console.error(`[${spec.id}] ${what} failed:`, (error as Error).message);
    }
  };
  const server = await startServer(spec, dataDir, docCount);
  result.name = server.target.name;
  let docs = [...server.target.docNames];
  const nextDoc = () => {
    const [doc, ...rest] = docs;
    docs = rest;
    if (!doc) throw new Error('out of documents');
    return doc;
  };
  try {
    for (const clients of plan.rooms) {
      await attempt(`latency ${clients} clients`, async () => {
        console.error(`[${spec.id}] fan-out latency, ${clients} clients`);
        const [step] = await measureRoom(
          load,
          server,
          nextDoc(),
          clients,
          [ratePerClient(clients)],
          plan.durationMs,
        );
        if (!step) throw new Error('no measurement');
        result.latency.push({
          clients,
          ratePerClient: ratePerClient(clients),
          ...step,
          serverCpuMicrosPerUpdate: step.serverCpuMicros / Math.max(1, step.sent),
        });
      });
    }
    await attempt('throughput', async () => {
      console.error(`[${spec.id}] sustained throughput, ${THROUGHPUT_ROOM} clients`);
      const steps = await measureRoom(
        load,
        server,
        nextDoc(),
        THROUGHPUT_ROOM,
        plan.throughputRates.map((r) => r / THROUGHPUT_ROOM),
        plan.throughputMs,
      );
      const passed = steps.filter(
        (s) =>
          s.latency.p99 <= P99_LIMIT_MS && s.received >= 0.99 * s.expected && s.closedClients === 0,
      );
      result.throughput = {
        clients: THROUGHPUT_ROOM,
        maxSustained: Math.max(0, ...passed.map((s) => s.achievedRate)),
        steps: steps.map((s) => ({
          targetRate: s.targetRate,
          achievedRate: s.achievedRate,
          p99: s.latency.p99,
          delivered: s.received / Math.max(1, s.expected),
          closedClients: s.closedClients,
          serverCpuPercent: s.serverCpuPercent,
          serverLoopDelayMaxMs: s.serverLoopDelayMaxMs,
          serverCpuMicrosPerUpdate: s.serverCpuMicros / Math.max(1, s.sent),
        })),
      };
    });
  } finally {
    await stopServer(server);
  }
  // Each memory figure on a freshly started server: what earlier rooms left behind (documents
  // unloading, garbage) would otherwise move RSS by more than one empty document weighs.
  const onFreshServer = async <T>(run: (fresh: RunningServer) => Promise<T>) => {
    const fresh = await startServer(spec, dataDir, docCount);
    try {
      return await run(fresh);
    } finally {
      await stopServer(fresh);
    }
  };
  await attempt('memory', async () => {
    console.error(`[${spec.id}] memory per loaded document`);
    const empty = await onFreshServer((fresh) =>
      memoryPerDoc(load, fresh, fresh.target.docNames.slice(0, plan.emptyDocs), 0),
    );
    const big = await onFreshServer((fresh) =>
      memoryPerDoc(load, fresh, fresh.target.docNames.slice(0, plan.bigDocs), BIG_DOC_BYTES),
    );
    if (big.verifiedBytes < BIG_DOC_BYTES) {
      throw new Error(`5 MB document read back with only ${big.verifiedBytes} bytes`);
    }
    result.memory = { empty, big };
  });
  await attempt('cold sync', async () => {
    console.error(`[${spec.id}] cold sync of ${plan.seedUpdates} stored updates`);
    result.coldSync = await coldSync(load, spec, dataDir, seed.file, seed.expect);
  });
  result.loadAverage.after = loadavg()[0] ?? 0;
  return result;
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'tsunagu-bench-'));
  const started = Date.now();
  try {
    console.error(`generating a ${plan.seedUpdates}-update history`);
    const seed = seedHistory(plan.seedUpdates);
    const seedFile = join(root, 'seed.bin');
    writeUpdatesFile(seedFile, seed.updates);
    const loadChild = forkChild('load.ts', [], {});
    await nextMessage(loadChild, 'ready');
    const load = ipcClient(loadChild);
    const results: ServerResult[] = [];
    try {
      for (const spec of servers) {
        try {
          results.push(
            await benchServer(spec, load, root, { file: seedFile, expect: seed.expect }),
          );
        } catch (error) {
          console.error(`[${spec.id}] could not run:`, (error as Error).message);
          results.push({
            id: spec.id,
            name: spec.id,
            latency: [],
            errors: [String(error)],
            loadAverage: { before: loadavg()[0] ?? 0, after: loadavg()[0] ?? 0 },
          });
        }
      }
    } finally {
      loadChild.kill();
    }
    const report: BenchResults = {
      date: new Date().toISOString(),
      quick,
      machine: {
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
      },
      plan: { ...plan, ratePerClient: plan.rooms.map(ratePerClient), p99LimitMs: P99_LIMIT_MS },
      durationSeconds: (Date.now() - started) / 1000,
      servers: results,
    };
    const out = join(here, 'results', `${report.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(printResults(report));
    console.log(`\nJSON: ${out}`);
    if (profileDir) console.log(`CPU profiles of the servers: ${profileDir}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function soak(minutes: number) {
  const root = mkdtempSync(join(tmpdir(), 'tsunagu-soak-'));
  try {
    await runSoak(allServers[0] as ServerSpec, root, minutes);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await (soakMinutes === undefined ? main() : soak(soakMinutes));
