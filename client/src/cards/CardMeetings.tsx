import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { MeetingList } from '../meetings/MeetingsSection';
import { cardApi } from './cardEndpoints';

/** The meetings that discussed the card: on an agenda or linked in its story. */
export function CardMeetings({ cardId }: { cardId: string }) {
  const { t, i18n } = useTranslation();
  const [meetings] = useApiData(queryKeys.cardMeetings(cardId), () => cardApi.meetings(cardId));
  return (
    <section aria-labelledby="card-meetings-title">
      <h2 id="card-meetings-title">{t('cards.meetings')}</h2>
      {meetings.state === 'loading' && <p>{t('app.loading')}</p>}
      {meetings.state === 'failed' && (
        <Notice tone="error">{errorMessage(meetings.error, i18n)}</Notice>
      )}
      {meetings.state === 'ready' &&
        (meetings.data.length === 0 ? (
          <p>{t('cards.noMeetings')}</p>
        ) : (
          <MeetingList meetings={meetings.data} locale={i18n.language} />
        ))}
    </section>
  );
}
