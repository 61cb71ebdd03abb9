import type { UpdateRow } from './documentStorage';

// Group commit: appends that arrive together go to the database in one INSERT. While one flush
// is in flight the next batch queues; when it lands, everything queued meanwhile goes in the next
// one. A waiter is resolved only after the flush holding its row committed. Documents' updates
// use it, and so do other bursts of small inserts (a meeting's attendees as 200 people join).
// A flush costs far more than a row (PGlite: ~0.5–1 ms of the server's CPU per INSERT, ~20 µs
// per row), and PGlite's flushes finish within the turn, so under load they would be as small
// as the turns. With `minFlushIntervalMs`, flushes start at most that often: a lone row is
// written at once, a busy document's rows wait up to that long to share a flush.

type Pending<Row, Result> = {
  row: Row;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
};

// `appended`: rows handed in; `rows`: rows flushed; `maxRows`: the largest flush.
export type FlushStats = { appended: number; flushes: number; rows: number; maxRows: number };

export type GroupCommitter<Row = UpdateRow, Result = number> = {
  /** Resolves with what the write said of the row (its id) once it is stored. */
  append: (row: Row) => Promise<Result>;
  /** Resolves when everything appended so far is stored (or failed). */
  drain: () => Promise<void>;
  stats: () => FlushStats;
};

export function createGroupCommitter<Row = UpdateRow, Result = number>(
  /** Stores the rows; returns what it has to say of each (their ids), in order. */
  write: (rows: Row[]) => Promise<Result[]>,
  maxRowsPerFlush: number,
  minFlushIntervalMs = 0,
): GroupCommitter<Row, Result> {
  let queue: Pending<Row, Result>[] = [];
  let flushing: Promise<void> | undefined;
  let scheduled = false;
  let lastFlushAt = Number.NEGATIVE_INFINITY;
  const stats: FlushStats = { appended: 0, flushes: 0, rows: 0, maxRows: 0 };
  const idle = new Set<() => void>();

  const flushOnce = async () => {
    const batch = queue.slice(0, maxRowsPerFlush);
    queue = queue.slice(batch.length);
    stats.flushes++;
    stats.rows += batch.length;
    stats.maxRows = Math.max(stats.maxRows, batch.length);
    try {
      const results = await write(batch.map((p) => p.row));
      batch.forEach((p, i) => {
        p.resolve(results[i] as Result);
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };

  const schedule = (delayMs: number) => {
    if (scheduled) return;
    scheduled = true;
    // setImmediate lets every message read in this turn of the event loop join the batch.
    if (delayMs > 0) setTimeout(run, delayMs);
    else setImmediate(run);
  };

  const run = () => {
    scheduled = false;
    if (flushing || queue.length === 0) return;
    const wait = lastFlushAt + minFlushIntervalMs - performance.now();
    if (wait > 0) return schedule(wait);
    lastFlushAt = performance.now();
    flushing = flushOnce().finally(() => {
      flushing = undefined;
      if (queue.length > 0) return run();
      for (const resolve of idle) resolve();
      idle.clear();
    });
  };

  return {
    append: (row) =>
      new Promise<Result>((resolve, reject) => {
        queue.push({ row, resolve, reject });
        stats.appended++;
        if (!flushing) schedule(0);
      }),
    drain: () => {
      if (!flushing && queue.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.add(resolve));
    },
    stats: () => ({ ...stats }),
  };
}
