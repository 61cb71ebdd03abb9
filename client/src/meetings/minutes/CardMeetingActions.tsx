import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { documentDate } from '../../../../shared/reports/documentDate';
import { queryKeys } from '../../api/queryKeys';
import { useApiData } from '../../api/useApiData';
import { usePunctuation } from '../../i18n/usePunctuation';
import { minutesApi } from './minutesEndpoints';

/**
 * 「会議からのアクション」 on a card's page: the action items meetings' minutes put on it (and on
 * the cards it was carried from), each with its owner, due date and a link to the minutes.
 * Asked again with the card (its key is under the card's), so a close's new step shows here.
 */
export function CardMeetingActions({ cardId }: { cardId: string }) {
  const { t, i18n } = useTranslation('minutes');
  const { separator } = usePunctuation();
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const [actions] = useApiData(queryKeys.cardMeetingActions(cardId), () =>
    minutesApi.cardActions(cardId),
  );
  const list = actions.state === 'ready' ? actions.data : [];
  return (
    <section aria-labelledby="card-meeting-actions">
      <h2 id="card-meeting-actions">{t('cardActions.title')}</h2>
      {list.length === 0 ? (
        <p>{t('cardActions.none')}</p>
      ) : (
        <ul className="card-meeting-actions">
          {list.map((action) => (
            <li key={`${action.meetingId}:${action.itemId}`}>
              <strong>{action.text}</strong>
              <br />
              <span>{t('cardActions.owner', { name: action.owner || t('noOwner') })}</span>
              {separator}
              <span>
                {t('cardActions.due', {
                  date: action.due ? documentDate(lang, action.due) : t('noDue'),
                })}
              </span>
              <br />
              <Link to={`/meetings/${action.meetingId}/minutes`}>
                {t('cardActions.from', {
                  meeting: action.meetingTitle,
                  date: documentDate(lang, action.meetingStartsAt),
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
