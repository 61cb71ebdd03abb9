import { describe, expect, it } from 'vitest';
import { japanDay, japanDayAfter, latestSecondFactorDay, startOfJapanDay } from './councilDay';

describe('council days', () => {
  it('a day starts at midnight Japan time, whatever the server’s zone', () => {
    expect(startOfJapanDay('2027-04-01').toISOString()).toBe('2027-03-31T15:00:00.000Z');
    expect(japanDay(new Date('2027-03-31T14:59:59Z'))).toBe('2027-03-31');
    expect(japanDay(new Date('2027-03-31T15:00:00Z'))).toBe('2027-04-01');
    expect(japanDayAfter(new Date('2027-03-31T15:00:00Z'), 1)).toBe('2027-04-02');
  });

  it('the requirement may be put off to the FY2027 start, or a year ahead once that has passed', () => {
    expect(latestSecondFactorDay(new Date('2026-01-10T00:00:00Z'))).toBe('2027-04-01');
    expect(latestSecondFactorDay(new Date('2026-04-10T00:00:00Z'))).toBe('2027-04-10');
    expect(latestSecondFactorDay(new Date('2028-06-30T16:00:00Z'))).toBe('2029-07-01');
  });
});
