// Reconnect delays: exponential, capped, with jitter so that the clients a server restart
// disconnected do not all come back in the same millisecond (the stock provider has no jitter).

export const BACKOFF_BASE_MS = 500;
export const BACKOFF_MAX_MS = 30_000;

/** The wait before reconnect attempt `attempt` (0-based): uniform in [cap/2, cap]. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 16));
  return cap / 2 + random() * (cap / 2);
}
