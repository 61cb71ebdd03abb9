import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpdateRow } from './documentStorage';
import { createGroupCommitter } from './groupCommit';

const row = (n: number): UpdateRow => ({ docName: 'board:x', update: new Uint8Array([n]) });

/** A write function whose flushes the test completes by hand; rows get ids 1, 2, 3… */
function manualWrites() {
  const flushes: { rows: UpdateRow[]; done: () => void; fail: (e: Error) => void }[] = [];
  let nextId = 1;
  const write = (rows: UpdateRow[]) =>
    new Promise<number[]>((resolve, reject) =>
      flushes.push({ rows, done: () => resolve(rows.map(() => nextId++)), fail: reject }),
    );
  return { flushes, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit', () => {
  it('writes appends of one turn in one flush and queues the next while it is in flight', async () => {
    const { flushes, write } = manualWrites();
    const committer = createGroupCommitter(write, 100);
    const stored: number[] = [];
    const ids: number[] = [];
    for (const n of [1, 2, 3])
      committer.append(row(n)).then((id) => {
        stored.push(n);
        ids.push(id);
      });
    await tick();
    expect(flushes.map((f) => f.rows.length)).toEqual([3]);

    for (const n of [4, 5]) committer.append(row(n)).then(() => stored.push(n));
    await tick();
    // Nothing resolves, and no second flush starts, before the first lands.
    expect(flushes).toHaveLength(1);
    expect(stored).toEqual([]);

    flushes[0]?.done();
    await tick();
    expect(stored).toEqual([1, 2, 3]);
    expect(flushes.map((f) => f.rows.length)).toEqual([3, 2]);
    flushes[1]?.done();
    await committer.drain();
    expect(stored).toEqual([1, 2, 3, 4, 5]);
    // Each append learns its own row's id.
    expect(ids).toEqual([1, 2, 3]);
    expect(committer.stats()).toEqual({ appended: 5, flushes: 2, rows: 5, maxRows: 3 });
  });

  it('splits a large queue at the row limit', async () => {
    const written: number[] = [];
    const committer = createGroupCommitter(async (rows) => {
      written.push(rows.length);
      return rows.map((_, i) => i);
    }, 4);
    await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => committer.append(row(n))));
    expect(written).toEqual([4, 4, 2]);
  });

  it('rejects the appends of a failed flush, and only those', async () => {
    const { flushes, write } = manualWrites();
    const committer = createGroupCommitter(write, 100);
    const first = committer.append(row(1));
    await tick();
    const second = committer.append(row(2));
    flushes[0]?.fail(new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    await tick();
    flushes[1]?.done();
    await expect(second).resolves.toBe(1);
  });

  it('drain waits for rows not yet flushed', async () => {
    const { flushes, write } = manualWrites();
    const committer = createGroupCommitter(write, 100);
    committer.append(row(1));
    let drained = false;
    const draining = committer.drain().then(() => {
      drained = true;
    });
    await tick();
    expect(drained).toBe(false);
    flushes[0]?.done();
    await draining;
    expect(drained).toBe(true);
  });

  describe('with a minimum interval between flushes', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('writes a lone append at once, and what arrives within the interval in one later flush', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
      const written: number[][] = [];
      const committer = createGroupCommitter(
        async (rows) => {
          written.push(rows.map((r) => r.update[0] as number));
          return rows.map((r) => r.update[0] as number);
        },
        100,
        20,
      );
      const first = committer.append(row(1));
      await vi.advanceTimersByTimeAsync(0);
      await expect(first).resolves.toBe(1);
      expect(written).toEqual([[1]]);

      const stored: number[] = [];
      for (const n of [2, 3, 4]) committer.append(row(n)).then(() => stored.push(n));
      await vi.advanceTimersByTimeAsync(10);
      // Not stored, so not acknowledged, while it waits for the interval.
      expect(written).toEqual([[1]]);
      expect(stored).toEqual([]);
      await vi.advanceTimersByTimeAsync(10);
      expect(written).toEqual([[1], [2, 3, 4]]);
      expect(stored).toEqual([2, 3, 4]);

      // A quiet interval later, the next append is written at once again.
      await vi.advanceTimersByTimeAsync(50);
      committer.append(row(5));
      await vi.advanceTimersByTimeAsync(0);
      expect(written).toEqual([[1], [2, 3, 4], [5]]);
      await committer.drain();
    });

    it('drain waits for the rows held back by the interval', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
      const written: number[] = [];
      const committer = createGroupCommitter(
        async (rows) => {
          written.push(rows.length);
          return rows.map((_, i) => i);
        },
        100,
        20,
      );
      committer.append(row(1));
      await vi.advanceTimersByTimeAsync(0);
      committer.append(row(2));
      let drained = false;
      const draining = committer.drain().then(() => {
        drained = true;
      });
      await vi.advanceTimersByTimeAsync(5);
      expect(drained).toBe(false);
      await vi.advanceTimersByTimeAsync(20);
      await draining;
      expect(written).toEqual([1, 1]);
    });
  });
});
