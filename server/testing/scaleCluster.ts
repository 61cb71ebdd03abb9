import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { type Child, killHard, startChild } from '../process/childServer';
import { waitFor } from './realtimeHarness';
import { childDatabase } from './serverChild';

// Several server processes on one PostgreSQL database and one Redis (server/scale/), each a child
// process on its own port, for the scale-out tests. They run when TEST_DATABASE_URL and
// TEST_REDIS_URL are set (.ci/run sets both).

export const SCALE_TESTS_RUN = Boolean(process.env.TEST_DATABASE_URL && process.env.TEST_REDIS_URL);

export type Cluster = {
  /** The environment every process of it gets (DATABASE_URL, REDIS_URL, REDIS_PREFIX…). */
  env: Record<string, string>;
  processes: Child[];
  start: () => Promise<Child>;
  stop: () => Promise<void>;
};

/**
 * `count` processes over a new database and `redisUrl` (the machine's TEST_REDIS_URL unless a test
 * runs its own Redis), with a key prefix of this run's own, so parallel runs never share a stream.
 */
export async function startCluster(
  count: number,
  redisUrl = process.env.TEST_REDIS_URL as string,
  extraEnv: Record<string, string> = {},
): Promise<Cluster> {
  const database = await childDatabase('postgres');
  const prefix = `tsunagu-test:${process.pid}-${Math.random().toString(36).slice(2, 8)}:`;
  // The periodic catch-up is off (an hour), so what the tests see arrived through Redis or the
  // catch-up after a reconnection, not the safety net.
  const env = {
    ...database.env,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    REDIS_CATCH_UP_SECONDS: '3600',
    ...extraEnv,
  };
  const processes: Child[] = [];
  const start = async () => {
    const child = await startChild({ ...env, PROCESS_NAME: `p${processes.length + 1}` });
    processes.push(child);
    return child;
  };
  for (let i = 0; i < count; i++) await start();
  return {
    env,
    processes,
    start,
    stop: async () => {
      await Promise.all(processes.map(killHard));
      await database.cleanup();
      const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
      try {
        await redis.connect();
        const keys = await redis.keys(`${prefix}*`);
        if (keys.length > 0) await redis.del(...keys);
      } catch {
        // A Redis the test stopped has nothing to clean.
      } finally {
        redis.disconnect();
      }
    },
  };
}

/** A redis-server of the test's own (to stop and start again), on a free port, keeping nothing. */
export type OwnRedis = {
  url: string;
  start: () => Promise<void>;
  /** Ends it at once, as a crash would. */
  stop: () => Promise<void>;
  /** Stops it for good and removes its directory. */
  dispose: () => Promise<void>;
};

export async function ownRedis(): Promise<OwnRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-redis-'));
  // Beside the machine's Redis on 6379, in a range of its own; a port taken makes start fail.
  const port = 6390 + Math.floor(Math.random() * 500);
  let server: ChildProcess | undefined;
  const ping = async () => {
    const probe = new Redis(port, '127.0.0.1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on('error', () => {});
    try {
      await probe.connect();
      return (await probe.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      probe.disconnect();
    }
  };
  const stop = async () => {
    const running = server;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill('SIGKILL');
    });
  };
  const start = async () => {
    server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { cwd: dir, stdio: 'ignore' },
    );
    await waitFor(ping, 10_000, 'redis-server to start');
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
