import { useEffect, useRef, useState } from 'react';
import type { LiveCommand } from '../../../../shared/meeting/liveState';
import type { MeetingView, SummonState } from '../../../../shared/meeting/summon';
import { bringIntoView, useSectionLookedAt } from './meetingSections';

/** Where one looks on the note wall: a small group's area ('' the whole meeting's) and the layout. */
export type WallPlace = { areaId: string; layout: 'wall' | 'list' };

export type Summon = {
  summon: SummonState | null;
  /** This person is the one who summoned everyone. */
  mine: boolean;
  /** This page follows the summoner's view. */
  following: boolean;
  leave: () => void;
  /** Follows the summon on now again, after leaving it. */
  rejoin: () => void;
  /** Brings everyone to this person's view (a facilitator's). */
  start: () => void;
  end: () => void;
};

const sameView = (a: MeetingView, b: MeetingView) =>
  a.section === b.section && a.areaId === b.areaId && a.layout === b.layout;

/**
 * "Bring everyone to my view": the facilitator's page sends the part it looks at (and the note
 * wall's area and layout) and sends it again as they move; every other page follows it until
 * the person leaves — by the button, Escape, or choosing another area or layout themselves.
 * Leaving lasts until this summon ends (its `at` stays while the view changes).
 */
export function useSummon({
  summon,
  participantId,
  canFacilitate,
  place,
  goTo,
  run,
}: {
  summon: SummonState | null;
  participantId: string | null;
  canFacilitate: boolean;
  place: WallPlace;
  /** Shows the note wall at the summoner's area and layout (a state setter: the same each time). */
  goTo: (place: WallPlace) => void;
  run: (command: LiveCommand) => void;
}): Summon {
  const [leftAt, setLeftAt] = useState<number | null>(null);
  // The page makes `run` anew on each render; a send is due when the view changes, not then.
  const send = useRef(run);
  send.current = run;
  const mine = summon !== null && summon.byId === participantId;
  const following = summon !== null && participantId !== null && !mine && leftAt !== summon.at;
  const section = useSectionLookedAt(canFacilitate);
  const view: MeetingView =
    section === 'notes'
      ? { section, layout: place.layout, ...(place.areaId ? { areaId: place.areaId } : {}) }
      : { section };

  // The summoner's own moves take everyone along.
  const moved = mine && !sameView(view, summon.view);
  const viewKey = JSON.stringify(view);
  useEffect(() => {
    if (moved) send.current({ type: 'summon.start', view: JSON.parse(viewKey) });
  }, [moved, viewKey]);

  const followed = following ? JSON.stringify(summon.view) : null;
  useEffect(() => {
    if (!followed) return;
    const to: MeetingView = JSON.parse(followed);
    if (to.section === 'notes') goTo({ areaId: to.areaId ?? '', layout: to.layout ?? 'wall' });
    // After the wall has been drawn in its new layout.
    const frame = requestAnimationFrame(() => bringIntoView(to.section));
    return () => cancelAnimationFrame(frame);
  }, [followed, goTo]);

  const at = summon?.at ?? null;
  useEffect(() => {
    if (!following) return;
    const onKey = (event: KeyboardEvent) => {
      // Escape that closed something else (a picker, a menu) has done its job already.
      if (event.key === 'Escape' && !event.defaultPrevented) setLeftAt(at);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [following, at]);

  return {
    summon,
    mine,
    following,
    leave: () => setLeftAt(at),
    rejoin: () => setLeftAt(null),
    start: () => run({ type: 'summon.start', view }),
    end: () => run({ type: 'summon.end' }),
  };
}
