import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../shared/meeting/meetingApi';
import { useFormatList } from '../i18n/useFormatList';
import { formatDateTime } from './meetingTime';

/** Kind, date and time, place, online link and facilitators of a meeting, as a definition list. */
export function MeetingFacts({ meeting }: { meeting: MeetingView }) {
  const { t, i18n } = useTranslation();
  const list = useFormatList();
  return (
    <dl className="meeting-facts">
      <dt>{t('meetings.fields.kind')}</dt>
      <dd>{t(`meetings.kinds.${meeting.kind}`)}</dd>
      <dt>{t('meetings.fields.startsAt')}</dt>
      <dd>
        {formatDateTime(meeting.startsAt, i18n.language)} (
        {t('meetings.agenda.minutes', { count: meeting.durationMinutes })})
      </dd>
      {meeting.place && (
        <>
          <dt>{t('meetings.fields.place')}</dt>
          <dd>{meeting.place}</dd>
        </>
      )}
      {meeting.onlineUrl && (
        <>
          <dt>{t('meetings.fields.onlineUrl')}</dt>
          <dd>
            <a href={meeting.onlineUrl} target="_blank" rel="noreferrer noopener">
              {meeting.onlineUrl}
            </a>
          </dd>
        </>
      )}
      <dt>{t('meetings.fields.facilitators')}</dt>
      <dd>{list(meeting.facilitators.map((f) => f.displayName)) || '—'}</dd>
    </dl>
  );
}
