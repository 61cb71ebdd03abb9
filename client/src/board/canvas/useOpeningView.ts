// The canvas opens (and, after a new arrangement, shows the board again) at openingView.ts's
// viewport: once the canvas has its size and the nodes are there, not on every later change.
// At a larger text size it shows what a canvas that much smaller would show, zoomed in by the
// size (nodes keep their size in the board's units).
import { type Node, useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTextScale } from '../../layout/textScale';
import { boundsOf, openingViewport } from './openingView';

export function useOpeningView({
  nodes,
  arrangement,
  fitOnOpen,
  following,
}: {
  nodes: readonly Node[];
  arrangement: string;
  /** False when the canvas opened to follow someone: it starts at their view. */
  fitOnOpen: boolean;
  /** While following someone, theirs is the view to show. */
  following: boolean;
}): { partial: boolean; dismiss: () => void } {
  const flow = useReactFlow();
  const scale = useTextScale();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // Whether the opening showed only part of the board: said until the reader moves the view.
  const [partial, setPartial] = useState(false);
  const shownFor = useRef<string | null>(null);
  const ready = width > 0 && height > 0 && nodes.length > 0;
  const nodesNow = useRef(nodes);
  nodesNow.current = nodes;

  useEffect(() => {
    if (!ready || shownFor.current === arrangement) return;
    const opening = shownFor.current === null;
    shownFor.current = arrangement;
    if (opening ? !fitOnOpen : following) return;
    const bounds = boundsOf(nodesNow.current);
    if (!bounds) return;
    const { viewport, whole } = openingViewport(bounds, {
      width: width / scale,
      height: height / scale,
    });
    flow.setViewport({ x: viewport.x * scale, y: viewport.y * scale, zoom: viewport.zoom * scale });
    setPartial(!whole);
  }, [ready, arrangement, fitOnOpen, following, width, height, scale, flow]);

  return { partial, dismiss: useCallback(() => setPartial(false), []) };
}
