import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { type TieGroup, tieStrokeWidth } from './tieLayer';

/**
 * Every tie of a big board as a few paths in one <svg>, in the canvas's coordinates, between the
 * lanes and the agencies (board.css). It takes no pointer events: a click is matched to a tie by
 * its geometry (tieAt), so the browser never hit-tests thousands of curves.
 */
export const TieLayer = memo(function TieLayer({ groups }: { groups: TieGroup[] }) {
  return (
    <ViewportPortal>
      <svg className="tie-layer" aria-hidden="true" data-testid="tie-layer">
        {groups.map((group) => (
          <g key={group.key} className={group.faded ? 'tie-faded' : undefined}>
            <path
              className="tie-layer-lines"
              d={group.lines}
              strokeWidth={tieStrokeWidth(group.strength)}
            />
            <path className="tie-layer-arrows" d={group.arrows} />
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
});
