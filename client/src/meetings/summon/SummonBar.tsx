import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LiveCommand } from '../../../../shared/meeting/liveState';
import type { MeetingView, SpotlightState } from '../../../../shared/meeting/summon';
import { useRubyT } from '../../furigana/useRubyT';
import type { Summon } from './useSummon';

type Props = {
  summon: Summon;
  spotlight: SpotlightState | null;
  canFacilitate: boolean;
  /** Guests open no card or board page: the spotlight shows them the name only. */
  asGuest: boolean;
  /** The name of a note-wall area ('' or an earlier one: the whole meeting's). */
  areaName: (areaId: string | undefined) => string;
  run: (command: LiveCommand) => void;
};

/**
 * Stays at the top of the meeting page: whose view the page follows (and the way out), the
 * facilitator's "bring everyone to my view", and the card or agency in the spotlight. Both lines
 * are polite live regions, so a summon and a spotlight are announced as they come.
 */
export function SummonBar({ summon, spotlight, canFacilitate, asGuest, areaName, run }: Props) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const { summon: on, mine, following } = summon;
  const describe = (view: MeetingView) => {
    const section = t(`meetings.summon.sections.${view.section}`);
    return view.section === 'notes'
      ? t('meetings.summon.onWall', {
          section,
          area: areaName(view.areaId),
          layout: t(`meetings.summon.layouts.${view.layout ?? 'wall'}`),
        })
      : section;
  };
  const status = !on
    ? ''
    : mine
      ? r('meetings.summon.mine', { view: describe(on.view) })
      : following
        ? r('meetings.summon.following', { name: on.by, view: describe(on.view) })
        : r('meetings.summon.left', { name: on.by, view: describe(on.view) });
  const target = spotlight?.target;
  const open =
    asGuest || !target
      ? null
      : target.kind === 'card'
        ? { to: `/cards/${target.ref}`, label: r('meetings.spotlight.openCard') }
        : { to: `/boards/${target.boardId}`, label: r('meetings.spotlight.openBoard') };

  return (
    <div className="meeting-live-bar">
      <div className="button-row">
        <p role="status" className="live-bar-status">
          {status}
        </p>
        {on && !mine && (
          // One button that turns into the other, so the focus stays where it was.
          <button type="button" onClick={following ? summon.leave : summon.rejoin}>
            {r(following ? 'meetings.summon.leave' : 'meetings.summon.rejoin')}
          </button>
        )}
        {following && <span className="aside">{r('meetings.summon.escapeHint')}</span>}
        {canFacilitate && (
          <>
            <button type="button" onClick={summon.start}>
              {r('meetings.summon.start')}
            </button>
            {on && (
              <button type="button" className="button-secondary" onClick={summon.end}>
                {r('meetings.summon.end')}
              </button>
            )}
          </>
        )}
      </div>
      <div className="button-row">
        <p role="status" className="live-bar-status">
          {target &&
            r('meetings.spotlight.shown', {
              kind: t(`meetings.spotlight.kinds.${target.kind}`),
              name: target.label,
            })}
        </p>
        {open && <Link to={open.to}>{open.label}</Link>}
        {target && canFacilitate && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => run({ type: 'spotlight.clear' })}
          >
            {r('meetings.spotlight.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
