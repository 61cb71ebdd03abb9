// Dates in the documents the council hands in, the same in the print view and the DOCX.

/** A date (YYYY-MM-DD or an instant) as the language writes it: 2026年3月19日 / March 19, 2026. */
export function documentDate(language: 'ja' | 'en', date: string): string {
  const instant = date.length === 10 ? new Date(`${date}T00:00:00+09:00`) : new Date(date);
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-US', {
    dateStyle: 'long',
    timeZone: 'Asia/Tokyo',
  }).format(instant);
}
