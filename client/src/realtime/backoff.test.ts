import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, reconnectDelay } from './backoff';

describe('reconnect backoff', () => {
  it('doubles per attempt up to the cap, jittered within the upper half', () => {
    expect(reconnectDelay(0, () => 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(reconnectDelay(0, () => 1)).toBe(BACKOFF_BASE_MS);
    expect(reconnectDelay(3, () => 1)).toBe(BACKOFF_BASE_MS * 8);
    expect(reconnectDelay(50, () => 1)).toBe(BACKOFF_MAX_MS);
    expect(reconnectDelay(50, () => 0)).toBe(BACKOFF_MAX_MS / 2);
  });

  it('spreads clients that retry at the same attempt', () => {
    const delays = new Set(Array.from({ length: 50 }, () => reconnectDelay(4)));
    expect(delays.size).toBeGreaterThan(40);
  });
});
