import { useTranslation } from 'react-i18next';
import type { BreakoutGroup } from '../../../../shared/meeting/breakouts';
import type { LiveCommand } from '../../../../shared/meeting/liveState';
import { remainingMs } from '../../../../shared/meeting/timer';
import { useRubyT } from '../../furigana/useRubyT';
import { formatDuration } from '../meetingTime';
import { useTicking } from '../useTicking';

type Props = {
  group: BreakoutGroup;
  name: string;
  /** Whether this person runs it: a member of the group, or the facilitator. */
  canRun: boolean;
  serverNow: () => number;
  run: (command: LiveCommand) => void;
};

/** A small group's own timer, counted from the server's clock like the agenda item's. */
export function GroupTimer({ group, name, canRun, serverNow, run }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const running = group.timer.runningSince !== null;
  const now = useTicking(running, serverNow);
  const left = remainingMs(group.timer, running ? now : serverNow());
  const op = (op: 'start' | 'pause' | 'add1' | 'add5') =>
    run({ type: 'breakout.timer', groupId: group.id, op });
  return (
    <div className="group-timer">
      <p className={left < 0 ? 'timer-display timer-over' : 'timer-display'}>
        <span className="timer-label">
          {left < 0 ? t('meetings.timer.over') : t('meetings.timer.left')}
        </span>{' '}
        <span className="timer-value">{formatDuration(left)}</span>{' '}
        <span className="timer-state">
          {running ? t('meetings.timer.running') : t('meetings.timer.paused')}
        </span>
      </p>
      {canRun && (
        <div className="button-row">
          <button
            type="button"
            className="button-small"
            aria-label={t(running ? 'meetings.breakouts.pauseOf' : 'meetings.breakouts.startOf', {
              name,
            })}
            onClick={() => op(running ? 'pause' : 'start')}
          >
            {running ? t('meetings.timer.pause') : t('meetings.timer.start')}
          </button>
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={t('meetings.breakouts.addOneTo', { name })}
            onClick={() => op('add1')}
          >
            {r('meetings.timer.addOne')}
          </button>
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={t('meetings.breakouts.addFiveTo', { name })}
            onClick={() => op('add5')}
          >
            {r('meetings.timer.addFive')}
          </button>
        </div>
      )}
    </div>
  );
}
