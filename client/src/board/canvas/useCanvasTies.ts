import { type EdgeChange, useReactFlow } from '@xyflow/react';
import { type MouseEvent, useCallback, useMemo, useState } from 'react';
import type { Position } from '../../../../shared/board/agency';
import type { Tie } from '../../../../shared/board/tie';
import type { NameTie } from '../tieName';
import type { TieFlowEdge } from './TieEdge';
import { type TieGroup, tieAt, tieGroups } from './tieLayer';
import { DETAILED_TIES_MAX, useTieEdges } from './useTieEdges';

/** How far from a tie's line (on screen) a click still selects it. */
const TIE_REACH_PX = 6;

export type CanvasTies = {
  /** React Flow's edges: every tie on a small board, the selected ones on a big one. */
  edges: TieFlowEdge[];
  /** A big board's ties as one layer (TieLayer.tsx); null on a small board. */
  layer: TieGroup[] | null;
  onEdgesChange: (changes: EdgeChange[]) => void;
  /** The layer's tie under a click on the empty canvas or a lane, if there is one. */
  tieUnder: (event: MouseEvent) => Tie | null;
  /** Selects the layer's tie under a click (Shift, Ctrl or ⌘ adds it to the selection). */
  selectTieUnder: (event: MouseEvent) => void;
  /** The selected tie, when exactly one is. */
  single: Tie | undefined;
  clearSelection: () => void;
};

/**
 * The ties on the canvas and which are selected. A big board's ties are drawn as one layer; only
 * the selected ones are React Flow edges there, so they can be focused, deleted and edited like on
 * a small board.
 */
export function useCanvasTies(
  ties: readonly Tie[],
  positions: ReadonlyMap<string, Position>,
  visible: ReadonlySet<string> | null,
  onAgencySelection: (ids: string[]) => void,
  nameOf: NameTie,
): CanvasTies {
  const flow = useReactFlow();
  const [selected, setSelected] = useState<string[]>([]);
  const layered = ties.length > DETAILED_TIES_MAX;
  const selectedIds = useMemo(() => new Set(selected), [selected]);
  const flowTies = useMemo(
    () => (layered ? ties.filter((x) => selectedIds.has(x.id)) : ties),
    [layered, ties, selectedIds],
  );
  const edges = useTieEdges(flowTies, ties.length, visible, selected, nameOf);
  const layer = useMemo(
    () => (layered ? tieGroups(ties, positions, visible, selectedIds) : null),
    [layered, ties, positions, visible, selectedIds],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      return [...next];
    });
  }, []);

  const tieUnder = (event: MouseEvent): Tie | null => {
    if (!layered) return null;
    if (
      event.target instanceof Element &&
      event.target.closest('.react-flow__node-agency, .react-flow__edge, .react-flow__panel')
    )
      return null;
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    return tieAt(ties, positions, point, TIE_REACH_PX / flow.getZoom());
  };

  const selectTieUnder = (event: MouseEvent) => {
    const tie = tieUnder(event);
    if (!tie) return;
    const adding = event.shiftKey || event.ctrlKey || event.metaKey;
    if (!adding) onAgencySelection([]);
    setSelected((current) => (adding ? [...new Set([...current, tie.id])] : [tie.id]));
  };

  return {
    edges,
    layer,
    onEdgesChange,
    tieUnder,
    selectTieUnder,
    single: selected.length === 1 ? ties.find((x) => x.id === selected[0]) : undefined,
    clearSelection: useCallback(() => setSelected([]), []),
  };
}
