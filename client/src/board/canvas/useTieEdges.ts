import { useStore } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tie } from '../../../../shared/board/tie';
import type { NameTie } from '../tieName';
import type { TieFlowEdge } from './TieEdge';
import { createTieEdgeCache } from './tieEdges';

// Past this many ties the lines are solid and unlabelled and drawn as one layer (TieLayer.tsx):
// dash patterns, words and one element per tie cost the most to draw (the benchmark), and
// thousands of them are unreadable anyway. The kind stays in the list view, and in the accessible
// name of a selected tie.
export const DETAILED_TIES_MAX = 500;
// Below this zoom tie labels are too small to read, so they are not drawn.
export const LABEL_MIN_ZOOM = 0.6;

/**
 * The canvas's edges for these ties (of a board of `boardTies` ties, named by `nameOf`), the same
 * objects for ties that look the same.
 */
export function useTieEdges(
  ties: readonly Tie[],
  boardTies: number,
  visible: ReadonlySet<string> | null,
  selectedTies: readonly string[],
  nameOf: NameTie,
): TieFlowEdge[] {
  const { t } = useTranslation('board');
  const cache = useMemo(() => createTieEdgeCache((kind) => t(`tieKinds.${kind}`)), [t]);
  const selected = useMemo(() => new Set(selectedTies), [selectedTies]);
  const detailed = boardTies <= DETAILED_TIES_MAX;
  // Re-renders the canvas only when the zoom crosses the threshold, and never on big boards.
  const readable = useStore((s) => !detailed || s.transform[2] >= LABEL_MIN_ZOOM);
  return useMemo(
    () =>
      cache.edges(
        ties,
        { selected, visible, patterned: detailed, labelled: detailed && readable },
        nameOf,
      ),
    [cache, ties, selected, visible, detailed, readable, nameOf],
  );
}
