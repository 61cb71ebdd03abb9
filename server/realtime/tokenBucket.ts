/** A token bucket: `rate` tokens per second, holding at most `burst`. */
export type TokenBucket = { take: (cost?: number) => boolean };

export function createTokenBucket(
  rate: number,
  burst: number,
  now = () => performance.now(),
): TokenBucket {
  let tokens = burst;
  let last = now();
  return {
    take: (cost = 1) => {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * rate);
      last = t;
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
  };
}
