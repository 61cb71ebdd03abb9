import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../shared/meeting/liveState';
import type { MeetingView } from '../../../shared/meeting/meetingApi';
import { UserText } from '../furigana/UserText';
import { useRubyT } from '../furigana/useRubyT';
import { AgendaLinks } from './AgendaLinks';
import { formatClockTime, itemStarts } from './meetingTime';

type Props = {
  meeting: MeetingView;
  currentIndex: number;
  canFacilitate: boolean;
  run: (command: LiveCommand) => void;
};

/** The agenda with the item now on marked for everyone; the facilitator moves it. */
export function AgendaPanel({ meeting, currentIndex, canFacilitate, run }: Props) {
  const { t, i18n } = useTranslation();
  const r = useRubyT(t);
  const starts = itemStarts(
    meeting.startsAt,
    meeting.agenda.map((i) => i.minutes),
  );
  const last = meeting.agenda.length - 1;
  return (
    <section aria-labelledby="agenda-title" className="card meeting-agenda">
      <h2 id="agenda-title">{r('meetings.agenda.title')}</h2>
      {meeting.agenda.length === 0 && <p>{r('meetings.agenda.empty')}</p>}
      <ol className="agenda-list">
        {meeting.agenda.map((item, index) => {
          const current = index === currentIndex;
          const start = starts[index];
          return (
            <li
              key={item.id}
              className={current ? 'agenda-item agenda-current' : 'agenda-item'}
              aria-current={current ? 'step' : undefined}
            >
              <div className="agenda-item-main">
                <span className="agenda-title">
                  <UserText text={item.title} />
                </span>
                {current && <span className="badge">{r('meetings.agenda.now')}</span>}
              </div>
              <div className="agenda-meta">
                {start && formatClockTime(start, i18n.language)} ·{' '}
                {r('meetings.agenda.minutes', { count: item.minutes })}
                {item.presenter && (
                  <> · {r('meetings.agenda.presenter', { name: item.presenter })}</>
                )}
              </div>
              <AgendaLinks links={item.links} />
              {canFacilitate && !current && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('meetings.agenda.goToLabel', { title: item.title })}
                  onClick={() => run({ type: 'agenda.goto', index })}
                >
                  {r('meetings.agenda.goTo')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {canFacilitate && meeting.agenda.length > 0 && (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            disabled={currentIndex <= 0}
            onClick={() => run({ type: 'agenda.previous' })}
          >
            {r('meetings.agenda.previous')}
          </button>
          <button
            type="button"
            disabled={currentIndex >= last}
            onClick={() => run({ type: 'agenda.next' })}
          >
            {currentIndex < 0 ? r('meetings.agenda.begin') : r('meetings.agenda.next')}
          </button>
        </div>
      )}
    </section>
  );
}
