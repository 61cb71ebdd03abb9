import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaLink } from '../../../shared/meeting/meetingApi';
import { useRubyT } from '../furigana/useRubyT';

/** What an agenda item points at. Issue cards are kept by id until the card pages exist. */
export function AgendaLinks({ links }: { links: readonly AgendaLink[] }) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  if (links.length === 0) return null;
  return (
    <ul className="agenda-links">
      {links.map((link) => {
        const label = link.label || t(`meetings.links.${link.kind}`);
        const key = link.kind === 'url' ? link.url : link.id;
        if (link.kind === 'board') {
          const to = link.area
            ? `/boards/${link.id}?area=${encodeURIComponent(link.area)}`
            : `/boards/${link.id}`;
          return (
            <li key={key}>
              <Link to={to}>{label}</Link>
            </li>
          );
        }
        if (link.kind === 'url') {
          return (
            <li key={key}>
              <a href={link.url} target="_blank" rel="noreferrer noopener">
                {label}
              </a>
            </li>
          );
        }
        return <li key={key}>{r('meetings.links.cardLabel', { label })}</li>;
      })}
    </ul>
  );
}
