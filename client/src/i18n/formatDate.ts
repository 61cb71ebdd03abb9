import { languageTag } from './i18n';

/** The Intl locale of a UI language: Japanese dates for ja and ja-easy alike. */
export function intlLocale(language: string): string {
  return languageTag(language) === 'ja' ? 'ja-JP' : 'en-GB';
}

/**
 * A date as people write it in the chosen language (2026年11月23日 / 23 Nov 2026). `timeZone`:
 * for a day the council decided (in Japan), 'Asia/Tokyo', whatever the device's own zone.
 */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** A calendar day stored as YYYY-MM-DD, written in the chosen language; the same day everywhere. */
export function formatDay(day: string, locale: string): string {
  return formatDate(day, locale, 'UTC');
}
