import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  ACCOUNT_LIMIT,
  createLoginThrottle,
  type LoginThrottle,
  SOURCE_LIMIT,
  sourceKey,
} from '../auth/loginThrottle';
import type { RealtimeLogger } from '../realtime/logger';

// The sign-in throttle of server/auth/loginThrottle.ts, counted in Redis so that every process
// sees every failure: one sorted set of failure instants per key, trimmed to the window and to
// the limit (only "at the limit or not" is ever asked), expiring with the window. Keys are
// hashed: Redis holds no email or address. While Redis is away each process counts on its own
// (the in-memory throttle, which is told every failure too), rather than let every attempt pass.

type Limit = { max: number; windowMs: number };

export function redisLoginThrottle(
  redis: Redis,
  prefix: string,
  logger: RealtimeLogger,
  now: () => number = Date.now,
): LoginThrottle {
  const local = createLoginThrottle(now);
  const key = (kind: string, id: string) =>
    `${prefix}login:${kind}:${createHash('sha256').update(id).digest('base64url')}`;
  const keysOf = (email: string, ip: string): [string, Limit][] => [
    [key('source', sourceKey(email, ip)), SOURCE_LIMIT],
    [key('account', email), ACCOUNT_LIMIT],
  ];

  const isFull = async (name: string, limit: Limit) => {
    const results = await redis
      .multi()
      .zremrangebyscore(name, '-inf', now() - limit.windowMs)
      .zcard(name)
      .exec();
    const [error, count] = results?.[1] ?? [null, 0];
    if (error) throw error;
    return Number(count) >= limit.max;
  };

  const lost = (error: unknown) =>
    logger.warn({ err: error }, 'the shared sign-in throttle is away; counting on this process');

  return {
    check: async (email, ip, knownDevice) => {
      const [[source, sourceLimit], [account, accountLimit]] = keysOf(email, ip) as [
        [string, Limit],
        [string, Limit],
      ];
      try {
        if (await isFull(source, sourceLimit)) return 'sourceLocked';
        if (!knownDevice && (await isFull(account, accountLimit))) return 'accountLocked';
        return 'allowed';
      } catch (error) {
        lost(error);
        return local.check(email, ip, knownDevice);
      }
    },
    recordFailure: async (email, ip) => {
      await local.recordFailure(email, ip);
      const at = now();
      const batch = redis.multi();
      for (const [name, limit] of keysOf(email, ip)) {
        batch
          .zadd(name, at, `${at}:${randomUUID()}`)
          .zremrangebyrank(name, 0, -(limit.max + 1))
          .pexpire(name, limit.windowMs);
      }
      await batch.exec().catch(lost);
    },
    recordSuccess: async (email, ip) => {
      await local.recordSuccess(email, ip);
      await redis
        .del(...keysOf(email, ip).map(([name]) => name))
        .then(() => {})
        .catch(lost);
    },
  };
}
