import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';

export type LaneFlowNode = Node<{ label: string; index: number }, 'lane'>;

/** A layer's background lane with its label (Ⅰ–Ⅴ). */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneFlowNode>) {
  return (
    <div className={`lane-node lane-${data.index % 2 === 0 ? 'even' : 'odd'}`}>
      <span className="lane-label">{data.label}</span>
    </div>
  );
});
