import { describe, expect, it } from 'vitest';
import { formatDuration, fromLocalInput, isPast, itemStarts, toLocalInput } from './meetingTime';

describe('meeting times', () => {
  it('shows the time left rounded up, and the time over rounded down', () => {
    expect(formatDuration(5 * 60_000)).toBe('5:00');
    expect(formatDuration(59_001)).toBe('1:00');
    expect(formatDuration(9_200)).toBe('0:10');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(-61_500)).toBe('1:01');
  });

  it('starts each agenda item after the time boxes before it', () => {
    const starts = itemStarts('2026-12-10T05:00:00.000Z', [5, 60, 20]);
    expect(starts.map((d) => d.toISOString())).toEqual([
      '2026-12-10T05:00:00.000Z',
      '2026-12-10T05:05:00.000Z',
      '2026-12-10T06:05:00.000Z',
    ]);
  });

  it('counts a meeting as past after its planned end unless it is live', () => {
    const m = { startsAt: '2026-12-10T05:00:00.000Z', durationMinutes: 60 };
    const after = new Date('2026-12-10T06:30:00.000Z').getTime();
    expect(isPast({ ...m, status: 'scheduled' }, after)).toBe(true);
    expect(isPast({ ...m, status: 'live' }, after)).toBe(false);
    expect(isPast({ ...m, status: 'closed' }, 0)).toBe(true);
  });

  it('round-trips a datetime-local value', () => {
    const iso = fromLocalInput('2026-12-10T14:00');
    expect(toLocalInput(iso)).toBe('2026-12-10T14:00');
    expect(fromLocalInput('')).toBe('');
  });
});
