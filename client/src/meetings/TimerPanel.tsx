import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand, TimerState } from '../../../shared/meeting/liveState';
import { remainingMs } from '../../../shared/meeting/liveState';
import { useRubyT } from '../furigana/useRubyT';
import { formatDuration } from './meetingTime';
import { chime, rememberMute, storedMute } from './timerSound';
import { useTicking } from './useTicking';

type Props = {
  timer: TimerState;
  hasItem: boolean;
  canFacilitate: boolean;
  serverNow: () => number;
  run: (command: LiveCommand) => void;
};

/** The current item's timer: time left (or over) for everyone, the controls for the facilitator. */
export function TimerPanel({ timer, hasItem, canFacilitate, serverNow, run }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const running = timer.runningSince !== null;
  const now = useTicking(running, serverNow);
  const left = remainingMs(timer, running ? now : serverNow());
  const over = left < 0;
  const [muted, setMuted] = useState(storedMute);
  const [announcement, setAnnouncement] = useState('');
  const lastSecond = useRef<number | null>(null);

  // Sound and spoken notice when the timer crosses 60 s, 10 s and 0, not on every redraw.
  useEffect(() => {
    const second = Math.ceil(left / 1000);
    const previous = lastSecond.current;
    lastSecond.current = second;
    if (!running || previous === null || previous === second) return;
    const crossed = (mark: number) => previous > mark && second <= mark;
    if (crossed(60)) setAnnouncement(t('meetings.timer.oneMinute'));
    if (crossed(10)) {
      setAnnouncement(t('meetings.timer.tenSeconds'));
      if (!muted) chime(660);
    }
    if (crossed(0)) {
      setAnnouncement(t('meetings.timer.timeUp'));
      if (!muted) chime(523, 1.2);
    }
  }, [left, running, muted, t]);

  const toggleMute = () => {
    rememberMute(!muted);
    setMuted(!muted);
  };

  return (
    <section aria-labelledby="timer-title" className="card meeting-timer">
      <h2 id="timer-title">{r('meetings.timer.title')}</h2>
      {hasItem ? (
        <p className={over ? 'timer-display timer-over' : 'timer-display'} data-testid="timer">
          <span className="timer-label">
            {over ? r('meetings.timer.over') : r('meetings.timer.left')}
          </span>{' '}
          <span className="timer-value">{formatDuration(left)}</span>{' '}
          <span className="timer-state">
            {running ? r('meetings.timer.running') : r('meetings.timer.paused')}
          </span>
        </p>
      ) : (
        <p>{r('meetings.timer.noItem')}</p>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {canFacilitate && hasItem && (
        <div className="button-row">
          {running ? (
            <button type="button" onClick={() => run({ type: 'timer.pause' })}>
              {r('meetings.timer.pause')}
            </button>
          ) : (
            <button type="button" onClick={() => run({ type: 'timer.start' })}>
              {r('meetings.timer.start')}
            </button>
          )}
          <button
            type="button"
            className="button-secondary"
            onClick={() => run({ type: 'timer.add', minutes: 1 })}
          >
            {r('meetings.timer.addOne')}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => run({ type: 'timer.add', minutes: 5 })}
          >
            {r('meetings.timer.addFive')}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => run({ type: 'timer.reset' })}
          >
            {r('meetings.timer.reset')}
          </button>
        </div>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={muted} onChange={toggleMute} /> {r('meetings.timer.mute')}
      </label>
    </section>
  );
}
