import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first value at once and the latest of a burst once the interval has passed', () => {
    const sent: number[] = [];
    const { call } = throttle((v: number) => sent.push(v), 100);
    call(1);
    call(2);
    call(3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([1, 3]);
    vi.advanceTimersByTime(500);
    call(4);
    expect(sent).toEqual([1, 3, 4]);
  });

  it('drops a pending value when cancelled', () => {
    const sent: number[] = [];
    const { call, cancel } = throttle((v: number) => sent.push(v), 100);
    call(1);
    call(2);
    cancel();
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([1]);
  });
});
