import { useStore } from '@xyflow/react';
import { memo } from 'react';
import type { LaneFlowNode } from './LaneNode';

type Pinned = { id: string; label: string; left: number; top: number };

/**
 * A lane's name (or a field group's) stays at the canvas's edge while the lane's own label, at its
 * start, is out of view: on a long lane the reader still sees which layer they are looking at.
 * The names are the lanes' own, which a screen reader already has in the list view.
 */
export const PinnedLaneLabels = memo(function PinnedLaneLabels({
  lanes,
}: {
  lanes: readonly LaneFlowNode[];
}) {
  const [x, y, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const pinned: Pinned[] = lanes.flatMap((lane) => {
    const left = x + lane.position.x * zoom;
    const top = y + lane.position.y * zoom;
    const right = left + (lane.width ?? 0) * zoom;
    const bottom = top + (lane.height ?? 0) * zoom;
    if (right <= 0 || bottom <= 0 || left >= width || top >= height) return [];
    if (lane.data.orientation === 'row')
      return left < 0
        ? [{ id: lane.id, label: lane.data.label, left: 0, top: Math.max(top, 0) }]
        : [];
    return top < 0
      ? [{ id: lane.id, label: lane.data.label, left: Math.max(left, 0), top: 0 }]
      : [];
  });
  if (pinned.length === 0) return null;
  return (
    <div className="lane-pins" aria-hidden="true">
      {pinned.map((pin) => (
        <span
          key={pin.id}
          className="lane-label lane-pin"
          style={{ transform: `translate(${pin.left}px, ${pin.top}px)` }}
        >
          {pin.label}
        </span>
      ))}
    </div>
  );
});
