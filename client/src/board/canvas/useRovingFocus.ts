// The canvas is one stop for Tab: one agency at a time can take the focus by Tab (the last one
// focused, at first the top-left one); arrow keys move it to the agency that lies that way, T
// steps through the focused agency's ties and Esc on a tie goes back to the agency. React Flow
// pans to an agency that takes the focus off screen; a tie is brought into view here.
import { useReactFlow } from '@xyflow/react';
import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import { useCallback, useRef, useState } from 'react';
import type { Position } from '../../../../shared/board/agency';
import type { Tie } from '../../../../shared/board/tie';
import {
  firstInReadingOrder,
  isArrowKey,
  spatialNeighbour,
  tiesInReadingOrder,
} from './spatialFocus';

// A tie's middle this close to the canvas's edge counts as out of view.
const REVEAL_MARGIN_PX = 40;

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

  const flow = useReactFlow();

  const focus = useCallback(
    (kind: 'node' | 'edge', id: string) =>
      frame.current
        ?.querySelector<HTMLElement>(`.react-flow__${kind}[data-id="${CSS.escape(id)}"]`)
        // An edge is panned to below; the browser's own scrolling would shift the whole canvas.
        ?.focus({ preventScroll: kind === 'edge' }),
    [frame],
  );

  // Centres the view on the tie's middle (where its kind is written) unless that is in view.
  const reveal = (tie: Tie) => {
    const box = frame.current?.getBoundingClientRect();
    const ends = [tie.from, tie.to].map((id) => flow.getInternalNode(id));
    if (!box) return;
    const centres = ends.flatMap((node) =>
      node
        ? [
            {
              x: node.internals.positionAbsolute.x + (node.measured.width ?? 0) / 2,
              y: node.internals.positionAbsolute.y + (node.measured.height ?? 0) / 2,
            },
          ]
        : [],
    );
    const [a, b] = centres;
    if (!a || !b) return;
    const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const onScreen = flow.flowToScreenPosition(middle);
    const inView =
      onScreen.x >= box.left + REVEAL_MARGIN_PX &&
      onScreen.x <= box.right - REVEAL_MARGIN_PX &&
      onScreen.y >= box.top + REVEAL_MARGIN_PX &&
      onScreen.y <= box.bottom - REVEAL_MARGIN_PX;
    if (!inView) flow.setCenter(middle.x, middle.y, { zoom: flow.getZoom() });
  };

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
      if (!from) return;
      const own = tiesInReadingOrder(from, ties, positions);
      if (own.length === 0) return;
      event.preventDefault();
      owner.current = from;
      const at = own.findIndex((x) => x.id === tie);
      const next = own[(at + 1) % own.length];
      if (!next) return;
      focus('edge', next.id);
      reveal(next);
    } else if (tie && event.key === 'Escape' && owner.current) {
      focus('node', owner.current);
    }
  };

  return { tabStop, onFocus, onKeyDownCapture };
}
