import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CouncilView } from '../../../shared/api';
import type { MeetingSummary } from '../../../shared/meeting/meetingApi';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { meetingApi } from './meetingEndpoints';
import { formatDateTime, isPast } from './meetingTime';
import './meetings.css';

/** The council home's meetings: upcoming (soonest first) and past (latest first). */
export function MeetingsSection({ council }: { council: CouncilView }) {
  const { t, i18n } = useTranslation();
  const [meetings] = useApiData(queryKeys.meetings(council.id), () => meetingApi.list(council.id));
  const now = Date.now();
  const list = meetings.state === 'ready' ? meetings.data : [];
  const upcoming = list.filter((m) => !isPast(m, now));
  const past = list.filter((m) => isPast(m, now)).reverse();

  return (
    <section aria-labelledby="meetings-title" className="card">
      <h2 id="meetings-title">{t('meetings.title')}</h2>
      <p>{t('meetings.intro')}</p>
      {meetings.state === 'loading' && <p>{t('app.loading')}</p>}
      {meetings.state === 'failed' && (
        <Notice tone="error">{errorMessage(meetings.error, i18n)}</Notice>
      )}
      {council.can.createMeeting && (
        <p>
          <Link className="link-button" to={`/councils/${council.id}/meetings/new`}>
            {t('meetings.create')}
          </Link>
        </p>
      )}
      <h3>{t('meetings.upcoming')}</h3>
      {meetings.state === 'ready' && upcoming.length === 0 ? (
        <p>{t('meetings.noUpcoming')}</p>
      ) : (
        <MeetingList meetings={upcoming} locale={i18n.language} />
      )}
      {past.length > 0 && (
        <>
          <h3>{t('meetings.past')}</h3>
          <MeetingList meetings={past} locale={i18n.language} />
        </>
      )}
    </section>
  );
}

/** Meetings as links with kind, date and place (the council home, a card's page). */
export function MeetingList({ meetings, locale }: { meetings: MeetingSummary[]; locale: string }) {
  const { t } = useTranslation();
  return (
    <ul className="board-list">
      {meetings.map((m) => (
        <li key={m.id} className="board-item">
          <div className="board-item-main">
            <Link to={`/meetings/${m.id}`} className="board-link">
              {m.title}
            </Link>
            <span className="board-meta">
              {t(`meetings.kinds.${m.kind}`)} · {formatDateTime(m.startsAt, locale)}
              {m.place && ` · ${m.place}`}
              {m.status === 'live' && (
                <>
                  {' '}
                  · <span className="badge">{t('meetings.status.live')}</span>
                </>
              )}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
