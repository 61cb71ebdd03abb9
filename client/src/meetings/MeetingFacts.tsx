import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../shared/meeting/meetingApi';
import { UserText } from '../furigana/UserText';
import { useRubyT } from '../furigana/useRubyT';
import { useFormatList } from '../i18n/useFormatList';
import { formatDateTime } from './meetingTime';

/** Kind, date and time, place, online link and facilitators of a meeting, as a definition list. */
export function MeetingFacts({ meeting }: { meeting: MeetingView }) {
  const { t, i18n } = useTranslation();
  const r = useRubyT(t);
  const list = useFormatList();
  return (
    <dl className="meeting-facts">
      <dt>{r('meetings.fields.kind')}</dt>
      <dd>{r(`meetings.kinds.${meeting.kind}`)}</dd>
      <dt>{r('meetings.fields.startsAt')}</dt>
      <dd>
        <UserText text={formatDateTime(meeting.startsAt, i18n.language)} /> (
        {r('meetings.agenda.minutes', { count: meeting.durationMinutes })})
      </dd>
      {meeting.place && (
        <>
          <dt>{r('meetings.fields.place')}</dt>
          <dd>
            <UserText text={meeting.place} />
          </dd>
        </>
      )}
      {meeting.onlineUrl && (
        <>
          <dt>{r('meetings.fields.onlineUrl')}</dt>
          <dd>
            <a href={meeting.onlineUrl} target="_blank" rel="noreferrer noopener">
              {meeting.onlineUrl}
            </a>
          </dd>
        </>
      )}
      <dt>{r('meetings.fields.facilitators')}</dt>
      <dd>
        <UserText text={list(meeting.facilitators.map((f) => f.displayName)) || '—'} />
      </dd>
    </dl>
  );
}
