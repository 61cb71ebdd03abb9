import { COUNCIL_TIME_ZONE, SECOND_FACTOR_DEFAULT_DAY } from './domain';

// Days a council decides (e.g. from when two-step sign-in is required). The councils are in
// Japan, so a day starts at midnight Japan time whatever the server's or the device's time zone.

/** The day (YYYY-MM-DD, Japan time) a moment falls on. */
export function japanDay(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: COUNCIL_TIME_ZONE,
    dateStyle: 'short',
  }).format(moment);
}

/** Midnight Japan time at the start of `day` (YYYY-MM-DD); Japan keeps no summer time, so +09:00. */
export function startOfJapanDay(day: string): Date {
  return new Date(`${day}T00:00:00+09:00`);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Japan day `days` days after `moment`'s. */
export function japanDayAfter(moment: Date, days: number): string {
  return japanDay(new Date(moment.getTime() + days * DAY_MS));
}

/**
 * The latest day a council may require two-step sign-in from: the FY2027 start, or a year from
 * today once that has passed. A council may put it off, but a year at a time (each time an
 * audited decision), never to "never".
 */
export function latestSecondFactorDay(now: Date): string {
  const aYearOn = japanDayAfter(now, 365);
  return aYearOn > SECOND_FACTOR_DEFAULT_DAY ? aYearOn : SECOND_FACTOR_DEFAULT_DAY;
}
