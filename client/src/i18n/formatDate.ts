/** A date as people write it in the chosen language (2026年11月23日 / 23 Nov 2026). */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(iso),
  );
}
