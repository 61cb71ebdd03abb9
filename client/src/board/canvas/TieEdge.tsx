import { BaseEdge, type Edge, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';

export type TieEdgeData = {
  /** The tie's kind in words, drawn beside the line; null where ties are too many to label. */
  label: string | null;
  faded: boolean;
};
export type TieFlowEdge = Edge<TieEdgeData, 'tie'>;

/**
 * One tie on the canvas: a curve (strength as width, kind as dash pattern, set in its style) and,
 * on small boards, its kind as text. The text has a halo instead of React Flow's label box, which
 * measures every label's size in the page after drawing it.
 */
export const TieEdge = memo(function TieEdge({
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  style,
  markerStart,
  markerEnd,
  data,
}: EdgeProps<TieFlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  return (
    <>
      <BaseEdge
        path={path}
        style={style}
        markerStart={markerStart}
        markerEnd={markerEnd}
        className={data?.faded ? 'tie-faded' : undefined}
      />
      {data?.label && (
        <text className="tie-label" x={labelX} y={labelY} textAnchor="middle" dy="0.35em">
          {data.label}
        </text>
      )}
    </>
  );
});

export const edgeTypes = { tie: TieEdge };
