import type { Node, NodeProps } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { Backdrop } from './arrangements';

export type LaneFlowNode = Node<
  { label: string; index: number; orientation: 'row' | 'column' },
  'lane'
>;

/** A labelled background: a layer's lane (Ⅰ–Ⅴ, a row) or a field group (a column). */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneFlowNode>) {
  return (
    <div
      className={`lane-node lane-${data.orientation} lane-${data.index % 2 === 0 ? 'even' : 'odd'}`}
    >
      <span className="lane-label">{data.label}</span>
    </div>
  );
});

/** The canvas nodes for an arrangement's backdrops: behind everything, never selected or moved. */
export function laneNodes(backdrops: readonly Backdrop[], t: TFunction<'board'>): LaneFlowNode[] {
  return backdrops.map((backdrop) => ({
    id: backdrop.id,
    type: 'lane',
    position: { x: backdrop.x, y: backdrop.y },
    data: {
      label:
        backdrop.count === undefined
          ? t(backdrop.labelKey)
          : t('canvas.groupLabel', { group: t(backdrop.labelKey), count: backdrop.count }),
      index: backdrop.index,
      orientation: backdrop.orientation,
    },
    width: backdrop.width,
    height: backdrop.height,
    draggable: false,
    selectable: false,
    focusable: false,
    connectable: false,
    zIndex: -1,
    ariaRole: 'presentation',
  }));
}
