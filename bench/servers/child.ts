import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serveIpc } from '../ipc';
import { readUpdatesFile } from '../updatesFile';

/** What the load generator needs to reach a server under test. */
export type Target = {
  name: string;
  /** 'hocuspocus' frames every message with the document name and an auth handshake. */
  protocol: 'y-websocket' | 'hocuspocus';
  /** y-websocket: URL prefix the document name is appended to; hocuspocus: the URL itself. */
  urlPrefix: string;
  /** Upgrade headers of each simulated person; client i uses entry i modulo the length. */
  headers: Record<string, string>[];
  /** Fresh documents the latency and memory scenarios may use, one per room. */
  docNames: string[];
};

export type ServerModule = {
  start: (
    dataDir: string,
    docCount: number,
  ) => Promise<{
    target: Target;
    stop: () => Promise<void>;
    /** Memory held outside the main thread's heap that the server can report (PGlite's thread). */
    memory?: () => Promise<Record<string, number>>;
  }>;
  /** Stores `updates` as one document's history while no server runs; returns its name. */
  seed: (dataDir: string, updates: Uint8Array[]) => Promise<string>;
  /** Compacts a stored document as the server's own storage does; says what it did. */
  compact: (dataDir: string, docName: string) => Promise<string>;
};

/** `loopDelayP99Ms`/`loopDelayMaxMs`: event-loop delay since the previous stats call. */
export type ServerStats = {
  cpuMicros: number;
  rss: number;
  heapUsed: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
};

// How long the server's event loop was blocked: every delivery waits behind whatever blocks it.
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();

function stats(): ServerStats {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const delay = {
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
  };
  loopDelay.reset();
  return { cpuMicros: cpu.user + cpu.system, rss: memory.rss, heapUsed: memory.heapUsed, ...delay };
}

/** The process's memory by kind, and what the server reports of its other threads. */
export type MemoryReport = {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  /** C++ objects bound to JavaScript, ArrayBuffers included. */
  external: number;
  /** ArrayBuffers and Buffers (sockets' buffers, Yjs updates; all threads' WebAssembly memory). */
  arrayBuffers: number;
  threads: Record<string, number>;
};

/**
 * Entry of a server child: `--seed <updatesFile>` stores a document and exits, `--compact
 * <docName>` compacts it and exits; otherwise it
 * starts the server, prints its port and answers stats/gc/stop over IPC.
 */
export async function runServerChild(server: ServerModule): Promise<void> {
  const dataDir = process.env.BENCH_DATA_DIR;
  if (!dataDir) throw new Error('BENCH_DATA_DIR is not set');
  const seedAt = process.argv.indexOf('--seed');
  if (seedAt >= 0) {
    const docName = await server.seed(dataDir, readUpdatesFile(process.argv[seedAt + 1] ?? ''));
    process.send?.({ seeded: docName });
    process.disconnect?.();
    return;
  }
  const compactAt = process.argv.indexOf('--compact');
  if (compactAt >= 0) {
    const how = await server.compact(dataDir, process.argv[compactAt + 1] ?? '');
    process.send?.({ compacted: how });
    process.disconnect?.();
    return;
  }
  const docCount = Number(process.env.BENCH_DOC_COUNT ?? '20');
  const { target, stop, memory } = await server.start(dataDir, docCount);
  console.log(`${target.name} listening on ${target.urlPrefix}`);
  serveIpc({
    target: () => target,
    stats,
    memory: async (): Promise<MemoryReport> => {
      const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
      return {
        rss,
        heapUsed,
        heapTotal,
        external,
        arrayBuffers,
        threads: (await memory?.()) ?? {},
      };
    },
    gc: () => {
      // Twice: the first pass lets finalizers run, the second collects what they released.
      globalThis.gc?.();
      globalThis.gc?.();
      return stats();
    },
    stop: async () => {
      await stop();
      setImmediate(() => process.exit(0));
    },
  });
  process.send?.({ ready: true });
}

/** Document names no earlier start of the server has used (the data dir outlives a start). */
export function freshDocNames(count: number): string[] {
  const run = `${process.pid}-${Date.now()}`;
  return Array.from({ length: count }, (_, i) => `room-${run}-${i}`);
}
