import { useTranslation } from 'react-i18next';
import type { CardEventView } from '../../../shared/cardApi';
import {
  CARD_COLUMNS,
  type CardColumn,
  ISSUE_CARD_STATUSES,
  type IssueCardStatus,
} from '../../../shared/domain';

const isStatus = (value: string | null | undefined): value is IssueCardStatus =>
  ISSUE_CARD_STATUSES.some((status) => status === value);
const isColumn = (value: string | null | undefined): value is CardColumn =>
  CARD_COLUMNS.some((column) => column === value);

/** A card's story as a timeline, oldest first, across the terms it was carried through. */
export function CardHistory({ events }: { events: readonly CardEventView[] }) {
  const { t, i18n } = useTranslation();
  const word = (value: string | null | undefined) =>
    value == null ? t('cards.noOwner') : isStatus(value) ? t(`cards.statuses.${value}`) : value;
  const what = (event: CardEventView) => {
    if (event.kind === 'created') {
      return t(event.detail.raisedIssueId ? 'cards.event.createdFromIssue' : 'cards.event.created');
    }
    if (event.kind === 'vote') return t('cards.event.vote', event.detail);
    if (event.kind === 'fromNote') {
      return t('cards.event.fromNote', {
        meeting: event.detail.meeting,
        text: event.detail.text,
        column: isColumn(event.detail.column)
          ? t(`cards.columns.${event.detail.column}`)
          : (event.detail.column ?? ''),
      });
    }
    if (event.kind === 'meetingAction') return t('cards.event.meetingAction', event.detail);
    if (event.kind === 'parent') {
      return t('cards.event.parent', {
        from: event.detail.from ?? t('cards.noParent'),
        to: event.detail.to ?? t('cards.noParent'),
      });
    }
    return t(`cards.event.${event.kind}`, {
      from: word(event.detail.from),
      to: word(event.detail.to),
    });
  };
  if (events.length === 0) return <p>{t('cards.noHistory')}</p>;
  return (
    <ol className="card-history">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.at}>
            {new Date(event.at).toLocaleString(i18n.language, {
              dateStyle: 'medium',
              timeStyle: 'short',
            })}
          </time>{' '}
          <span className="aside">{t('cards.event.inTerm', { term: event.termName })}</span>
          <p className="card-history-what">
            {what(event)}
            {event.actorName && (
              <span className="aside"> — {t('cards.event.by', { name: event.actorName })}</span>
            )}
          </p>
          {event.reason && <p>{t('cards.event.reason', { reason: event.reason })}</p>}
        </li>
      ))}
    </ol>
  );
}
