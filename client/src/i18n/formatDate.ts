/**
 * A date as people write it in the chosen language (2026年11月23日 / 23 Nov 2026). `timeZone`:
 * for a day the council decided (in Japan), 'Asia/Tokyo', whatever the device's own zone.
 */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** A calendar day stored as YYYY-MM-DD, written in the chosen language; the same day everywhere. */
export function formatDay(day: string, locale: string): string {
  return formatDate(day, locale, 'UTC');
}
