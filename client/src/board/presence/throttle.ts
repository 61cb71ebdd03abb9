/**
 * Calls `run` at most once per `ms`, always with the latest value: the first call goes at once,
 * later ones within the interval are folded into one trailing call. `cancel` drops a pending one.
 */
export function throttle<T>(
  run: (value: T) => void,
  ms: number,
): { call: (value: T) => void; cancel: () => void } {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const flush = () => {
    timer = null;
    if (!pending) return;
    last = Date.now();
    const { value } = pending;
    pending = null;
    run(value);
  };
  return {
    call: (value) => {
      pending = { value };
      if (timer) return;
      const wait = last + ms - Date.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    cancel: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
