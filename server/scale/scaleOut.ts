import { hostname } from 'node:os';
import { Redis } from 'ioredis';
import type { RealtimeLogger } from '../realtime/logger';
import { createRedisRelay, type RedisRelay } from './redisRelay';

// What one process of several needs of Redis (docs/deploy.md): the document relay, the client the
// shared rate limits and announcements use, and whether Redis is there (the health report).

export type ScaleOut = {
  /** Names this process (the `x-tsunagu-process` response header, logs, relay entries). */
  processId: string;
  /** Keys and channels of this deployment start with it. */
  prefix: string;
  relay: RedisRelay;
  /** Commands (rate limits, publishing); fails fast while Redis is away rather than queueing. */
  redis: Redis;
  /** A connection of its own for what another blocking or subscribed use needs (duplicate()). */
  connect: () => Redis;
  /** False while Redis is away: the process serves its own connections and says it is degraded. */
  redisUp: () => boolean;
  close: () => Promise<void>;
};

type Options = {
  url: string;
  prefix: string;
  logger: RealtimeLogger;
  processId?: string;
  catchUpIntervalMs: number;
};

export async function connectScaleOut({
  url,
  prefix,
  logger,
  processId = `${hostname()}-${process.pid}`,
  catchUpIntervalMs,
}: Options): Promise<ScaleOut> {
  const connections: Redis[] = [];
  const connect = (fast: boolean) => {
    const redis = new Redis(url, {
      lazyConnect: true,
      // Commands while Redis is away fail at once (each caller has its fallback) instead of
      // piling up in memory; blocking and subscribed connections keep the default.
      enableOfflineQueue: !fast,
      maxRetriesPerRequest: fast ? 1 : null,
      retryStrategy: (times) => Math.min(times * 100, 1000),
    });
    redis.on('error', (error) => logger.debug({ err: error }, 'Redis connection error'));
    connections.push(redis);
    return redis;
  };
  const redis = connect(true);
  const reader = connect(false);
  // A process that cannot reach Redis when it starts refuses to start: the configuration says
  // it is one of several, and alone it would serve documents the others never hear of.
  await Promise.all([redis.connect(), reader.connect()]);
  const relay = createRedisRelay({
    publisher: redis,
    reader,
    prefix,
    processId,
    logger,
    catchUpIntervalMs,
  });
  return {
    processId,
    prefix,
    relay,
    redis,
    connect: () => {
      const more = connect(false);
      void more.connect().catch(() => {});
      return more;
    },
    redisUp: () => relay.connected(),
    close: async () => {
      await relay.close();
      for (const connection of connections) connection.disconnect();
    },
  };
}
