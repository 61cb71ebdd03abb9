// Arrow keys on the canvas move the focus to the agency that lies that way, as the eye would:
// along the same row or column of cards first (a lane), else the nearest card that way.
import type { Position } from '../../../../shared/board/agency';
import type { Tie } from '../../../../shared/board/tie';
import { NODE_HEIGHT, NODE_WIDTH } from './canvasGeometry';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export const isArrowKey = (key: string): key is ArrowKey =>
  key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';

/** How much being off the line counts against a card, compared with being far along it. */
const ACROSS_WEIGHT = 2;
/** Puts every card off the row (or column) behind every card on it. */
const OFF_LINE = 1e6;

/** The agency the arrow points to from `from`, or null at the board's edge that way. */
export function spatialNeighbour(
  from: string,
  key: ArrowKey,
  positions: ReadonlyMap<string, Position>,
): string | null {
  const origin = positions.get(from);
  if (!origin) return null;
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const [id, position] of positions) {
    const dx = position.x - origin.x;
    const dy = position.y - origin.y;
    const [along, across] =
      key === 'ArrowRight'
        ? [dx, dy]
        : key === 'ArrowLeft'
          ? [-dx, dy]
          : key === 'ArrowDown'
            ? [dy, dx]
            : [-dy, dx];
    if (id === from || along <= 0) continue;
    const band = key === 'ArrowLeft' || key === 'ArrowRight' ? NODE_HEIGHT : NODE_WIDTH;
    const score =
      Math.abs(across) < band ? along : OFF_LINE + along + ACROSS_WEIGHT * Math.abs(across);
    if (score < bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

const beforeInReading = (p: Position, q: Position) => p.y < q.y || (p.y === q.y && p.x < q.x);

/** Where Tab enters the canvas when no agency has had the focus: the top-left one. */
export function firstInReadingOrder(positions: ReadonlyMap<string, Position>): string | null {
  let first: [string, Position] | null = null;
  for (const entry of positions) {
    if (!first || beforeInReading(entry[1], first[1])) first = entry;
  }
  return first?.[0] ?? null;
}

/**
 * The agency's ties in the order T steps through them: by where the agency at the other end
 * stands, top to bottom and left to right, as the eye reads the map (not the order they were made).
 */
export function tiesInReadingOrder(
  agency: string,
  ties: readonly Tie[],
  positions: ReadonlyMap<string, Position>,
): Tie[] {
  const far = (tie: Tie) => positions.get(tie.from === agency ? tie.to : tie.from);
  return ties
    .filter((x) => x.from === agency || x.to === agency)
    .sort((x, y) => {
      const [p, q] = [far(x), far(y)];
      if (!p || !q) return 0;
      return beforeInReading(p, q) ? -1 : beforeInReading(q, p) ? 1 : 0;
    });
}
