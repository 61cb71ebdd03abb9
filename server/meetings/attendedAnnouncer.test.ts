import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attendedAnnouncer } from './attendedAnnouncer';

describe('attended announcer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('announces the first newcomer at once and a burst after it once per interval', () => {
    const announced: string[] = [];
    const announcer = attendedAnnouncer((id) => announced.push(id), 500);
    announcer.newcomer('m1');
    expect(announced).toEqual(['m1']);
    for (let i = 0; i < 200; i++) announcer.newcomer('m1');
    // Another meeting is not held back by the first one's burst.
    announcer.newcomer('m2');
    expect(announced).toEqual(['m1', 'm2']);
    vi.advanceTimersByTime(499);
    expect(announced).toEqual(['m1', 'm2']);
    vi.advanceTimersByTime(1);
    expect(announced).toEqual(['m1', 'm2', 'm1']);
    // Nobody came since: nothing more, and the next newcomer is announced at once again.
    vi.advanceTimersByTime(2000);
    expect(announced).toEqual(['m1', 'm2', 'm1']);
    announcer.newcomer('m1');
    expect(announced).toEqual(['m1', 'm2', 'm1', 'm1']);
  });

  it('announces nobody after it stops', () => {
    const announced: string[] = [];
    const announcer = attendedAnnouncer((id) => announced.push(id), 500);
    announcer.newcomer('m1');
    announcer.newcomer('m1');
    announcer.stop();
    vi.advanceTimersByTime(1000);
    expect(announced).toEqual(['m1']);
  });
});
