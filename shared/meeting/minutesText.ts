// Texts the minutes' print view and DOCX compose alike; `m` translates a key of the minutes
// namespace (client/src/meetings/minutes/i18n).
import { formatList } from '../issues/issueText';
import type { MinutesView } from './minutesApi';

type Words = (
  key: 'heldAtTimes' | 'item' | 'other' | 'none',
  values?: Record<string, string | number>,
) => string;

/** 「2026年12月20日 14:00〜16:00」: the meeting's day and hours in Japan's time. */
export function heldAt(
  language: 'ja' | 'en',
  startsAt: string,
  durationMinutes: number,
  m: Words,
): string {
  const locale = language === 'ja' ? 'ja-JP' : 'en-GB';
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Tokyo' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'Asia/Tokyo' });
  return m('heldAtTimes', {
    day: day.format(start),
    start: time.format(start),
    end: time.format(end),
  });
}

/** The heading of a section: 「1．開会」 for the agenda's items, 「その他」 for the rest. */
export function sectionHeading(section: MinutesView['sections'][number], index: number, m: Words) {
  return section.title === null
    ? m('other')
    : m('item', { number: index + 1, title: section.title });
}

/** The attendees by kind, names joined as the language lists them. */
export function attendeeLines(view: MinutesView, m: Words, language: 'ja' | 'en') {
  const join = (names: string[]) => (names.length === 0 ? m('none') : formatList(language, names));
  const of = (kind: 'member' | 'guest') =>
    join(view.attendees.filter((a) => a.kind === kind).map((a) => a.name));
  return { members: of('member'), guests: of('guest') };
}
