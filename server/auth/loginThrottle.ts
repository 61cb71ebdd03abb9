// Failed sign-ins per account: after MAX_FAILURES within WINDOW_MS further attempts for that
// email are refused until the window passes. Per-IP limits are @fastify/rate-limit's job.
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;

export type LoginThrottle = {
  isLocked: (key: string) => boolean;
  recordFailure: (key: string) => void;
  reset: (key: string) => void;
};

export function createLoginThrottle(now: () => number = Date.now): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = now() - WINDOW_MS;
    const list = (failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) failures.delete(key);
    else failures.set(key, list);
    return list;
  };
  return {
    isLocked: (key) => recent(key).length >= MAX_FAILURES,
    recordFailure: (key) => {
      failures.set(key, [...recent(key), now()]);
    },
    reset: (key) => {
      failures.delete(key);
    },
  };
}
