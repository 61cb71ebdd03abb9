import { useRef } from 'react';
import type { Position } from '../../../../shared/board/agency';

/** Whether every agency stands at the same place in both maps. */
export function samePositions(
  a: ReadonlyMap<string, Position>,
  b: ReadonlyMap<string, Position>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (!q || q.x !== p.x || q.y !== p.y) return false;
  }
  return true;
}

/**
 * The places of the previous render while no agency moved: an edit to a name re-arranges the
 * board, and the tie layer (every tie's curve) is then not redrawn for nothing.
 */
export function useSamePositions(
  next: ReadonlyMap<string, Position>,
): ReadonlyMap<string, Position> {
  const kept = useRef(next);
  if (kept.current !== next && !samePositions(kept.current, next)) kept.current = next;
  return kept.current;
}
