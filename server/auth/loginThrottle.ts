// Failed sign-ins, limited twice so that guessing stays slow but a stranger cannot lock the owner
// out of their own account:
// - per source and account (IP + email): after 5 failures in 15 minutes that source is refused
//   for that account;
// - per account, from anywhere: after 20 failures in an hour the account is refused to every
//   browser it has not signed in from before. The owner's known device (a signed cookie) or a
//   session of theirs still gets in with the right password.
// Per-IP limits over all accounts are @fastify/rate-limit's job. With several processes the
// failures are counted in Redis (server/scale/redisLoginThrottle.ts), so N processes do not give
// N times the attempts; this in-memory count is the one process's, and their fallback.

type Limit = { max: number; windowMs: number };
const MINUTE = 60 * 1000;
export const SOURCE_LIMIT: Limit = { max: 5, windowMs: 15 * MINUTE };
export const ACCOUNT_LIMIT: Limit = { max: 20, windowMs: 60 * MINUTE };
// Bounds the memory a flood of made-up emails or addresses can take; the oldest keys go first.
const MAX_KEYS = 20_000;

export type ThrottleVerdict = 'allowed' | 'sourceLocked' | 'accountLocked';

export type LoginThrottle = {
  /** Whether this attempt may check a password; `knownDevice` skips the account-wide limit. */
  check: (email: string, ip: string, knownDevice: boolean) => Promise<ThrottleVerdict>;
  recordFailure: (email: string, ip: string) => Promise<void>;
  recordSuccess: (email: string, ip: string) => Promise<void>;
};

/** The two counts' keys: per source and account, and per account. */
export const sourceKey = (email: string, ip: string) => `${ip}\n${email}`;

function failureWindow(limit: Limit, now: () => number) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = now() - limit.windowMs;
    const list = (failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) failures.delete(key);
    else failures.set(key, list);
    return list;
  };
  return {
    isFull: (key: string) => recent(key).length >= limit.max,
    add: (key: string) => {
      const list = recent(key);
      failures.delete(key);
      failures.set(key, [...list, now()]);
      if (failures.size > MAX_KEYS) {
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
    },
    clear: (key: string) => {
      failures.delete(key);
    },
  };
}

export function createLoginThrottle(now: () => number = Date.now): LoginThrottle {
  const bySource = failureWindow(SOURCE_LIMIT, now);
  const byAccount = failureWindow(ACCOUNT_LIMIT, now);
  return {
    check: async (email, ip, knownDevice) => {
      if (bySource.isFull(sourceKey(email, ip))) return 'sourceLocked';
      if (!knownDevice && byAccount.isFull(email)) return 'accountLocked';
      return 'allowed';
    },
    recordFailure: async (email, ip) => {
      bySource.add(sourceKey(email, ip));
      byAccount.add(email);
    },
    recordSuccess: async (email, ip) => {
      bySource.clear(sourceKey(email, ip));
      byAccount.clear(email);
    },
  };
}
