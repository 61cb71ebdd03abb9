// How meeting times read: the date and hour of a meeting, the start of each agenda item, and
// the timer's remaining or over time.

import { intlLocale } from '../i18n/formatDate';

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function formatClockTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeStyle: 'short',
  }).format(date);
}

/** Start time of each item: the meeting's start plus the time boxes before it. */
export function itemStarts(startsAt: string, minutes: readonly number[]): Date[] {
  let at = new Date(startsAt).getTime();
  return minutes.map((m) => {
    const start = new Date(at);
    at += m * 60_000;
    return start;
  });
}

/** m:ss of a duration; whole seconds rounded up while time is left, so 0:00 means time is up. */
export function formatDuration(ms: number): string {
  const seconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** A meeting is past once its planned end has passed or it was closed. */
export function isPast(
  meeting: { startsAt: string; durationMinutes: number; status: string },
  now: number,
): boolean {
  const end = new Date(meeting.startsAt).getTime() + meeting.durationMinutes * 60_000;
  return meeting.status === 'closed' || (meeting.status !== 'live' && end < now);
}

/** The value of a datetime-local input for an ISO instant, in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The ISO instant of a datetime-local value, or '' when it is not a time. */
export function fromLocalInput(value: string): string {
  const time = new Date(value).getTime();
  return Number.isNaN(time) || value === '' ? '' : new Date(time).toISOString();
}
