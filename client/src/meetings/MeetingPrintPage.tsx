import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { usePunctuation } from '../i18n/usePunctuation';
import { PageHeading } from '../layout/PageHeading';
import { councilOf, useMe } from '../session/SessionContext';
import { AgendaLinks } from './AgendaLinks';
import { MeetingFacts } from './MeetingFacts';
import { meetingApi } from './meetingEndpoints';
import { formatClockTime, itemStarts } from './meetingTime';
import './meetings.css';

/** `/meetings/:id/print`: the 次第 as a page to print or save as PDF. */
export function MeetingPrintPage() {
  const { t, i18n } = useTranslation();
  const { aside } = usePunctuation();
  const me = useMe();
  const { meetingId = '' } = useParams();
  const [meeting] = useApiData(queryKeys.meeting(meetingId), () => meetingApi.get(meetingId));
  if (meeting.state === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (meeting.state === 'failed') {
    return (
      <div className="page">
        <PageHeading title={t('meetings.print.title')} />
        <Notice tone="error">{errorMessage(meeting.error, i18n)}</Notice>
      </div>
    );
  }
  const m = meeting.data;
  const council = councilOf(me, m.councilId);
  const starts = itemStarts(
    m.startsAt,
    m.agenda.map((i) => i.minutes),
  );
  return (
    <div className="page meeting-print">
      <p className="no-print button-row">
        <button type="button" onClick={() => window.print()}>
          {t('meetings.print.print')}
        </button>
        <Link to={`/meetings/${m.id}`}>{t('meetings.print.back')}</Link>
      </p>
      {council && <p className="print-council">{council.name}</p>}
      <PageHeading title={`${m.title} ${t('meetings.print.title')}`}>{m.title}</PageHeading>
      <p className="print-subtitle">{t('meetings.print.title')}</p>
      <MeetingFacts meeting={m} />
      <table className="print-agenda">
        <caption className="visually-hidden">{t('meetings.agenda.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.print.number')}</th>
            <th scope="col">{t('meetings.print.time')}</th>
            <th scope="col">{t('meetings.print.item')}</th>
            <th scope="col">{t('meetings.print.presenter')}</th>
          </tr>
        </thead>
        <tbody>
          {m.agenda.map((item, index) => {
            const start = starts[index];
            return (
              <tr key={item.id}>
                <td>{index + 1}</td>
                <td>
                  {aside(
                    start ? formatClockTime(start, i18n.language) : '',
                    t('meetings.agenda.minutes', { count: item.minutes }),
                  )}
                </td>
                <td>
                  {item.title}
                  <AgendaLinks links={item.links} />
                </td>
                <td>{item.presenter}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
