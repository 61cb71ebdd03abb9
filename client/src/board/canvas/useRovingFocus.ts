// The canvas is one stop for Tab: one agency at a time can take the focus by Tab (the last one
// focused, at first the top-left one); arrow keys move it to the agency that lies that way, T
// steps through the focused agency's ties and Esc on a tie goes back to the agency.
import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import { useCallback, useRef, useState } from 'react';
import type { Position } from '../../../../shared/board/agency';
import type { Tie } from '../../../../shared/board/tie';
import { firstInReadingOrder, isArrowKey, spatialNeighbour } from './spatialFocus';

const idOf = (target: EventTarget, selector: string): string | null =>
  target instanceof Element ? (target.closest<HTMLElement>(selector)?.dataset.id ?? null) : null;

export const agencyIdOf = (target: EventTarget) => idOf(target, '.react-flow__node-agency');
export const tieIdOf = (target: EventTarget) => idOf(target, '.react-flow__edge');

export function useRovingFocus(
  frame: RefObject<HTMLElement | null>,
  positions: ReadonlyMap<string, Position>,
  ties: readonly Tie[],
) {
  const [current, setCurrent] = useState<string | null>(null);
  const tabStop =
    current !== null && positions.has(current) ? current : firstInReadingOrder(positions);
  // The agency whose ties T steps through.
  const owner = useRef<string | null>(null);

  const focus = useCallback(
    (kind: 'node' | 'edge', id: string) =>
      frame.current
        ?.querySelector<HTMLElement>(`.react-flow__${kind}[data-id="${CSS.escape(id)}"]`)
        ?.focus(),
    [frame],
  );

  const onFocus = (event: FocusEvent) => {
    const id = agencyIdOf(event.target);
    if (id && id !== current) setCurrent(id);
  };

  // In the capture phase: before React Flow, whose arrow keys move a selected agency (Alt+arrow
  // still does).
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const agency = agencyIdOf(event.target);
    const tie = agency ? null : tieIdOf(event.target);
    if (agency && isArrowKey(event.key)) {
      event.preventDefault();
      event.stopPropagation();
      const next = spatialNeighbour(agency, event.key, positions);
      if (next) focus('node', next);
    } else if ((agency || tie) && event.key.toLowerCase() === 't') {
      const from = agency ?? owner.current;
      const own = ties.filter((x) => x.from === from || x.to === from);
      if (!from || own.length === 0) return;
      event.preventDefault();
      owner.current = from;
      const at = own.findIndex((x) => x.id === tie);
      const next = own[(at + 1) % own.length];
      if (next) focus('edge', next.id);
    } else if (tie && event.key === 'Escape' && owner.current) {
      focus('node', owner.current);
    }
  };

  return { tabStop, onFocus, onKeyDownCapture };
}
