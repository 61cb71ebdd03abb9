import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';

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
