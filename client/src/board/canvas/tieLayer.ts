// On a big board every tie is drawn into a few SVG paths (TieLayer.tsx) instead of one React Flow
// edge each: 3,000 edges meant 3,000 <svg> elements, 12,000 store subscriptions run on every pan
// frame and edit, and a browser hit test of every curve under the pointer after each change. The
// curves here are the ones React Flow draws (getBezierPath from a node's bottom handle to another's
// top handle), so a tie looks the same when selecting it hands it over to React Flow.
import type { Position } from '../../../../shared/board/agency';
import type { Tie } from '../../../../shared/board/tie';
import { NODE_HEIGHT, NODE_WIDTH } from './canvasGeometry';

/** Where React Flow puts a tie's ends: the middle of the handles (6 px, half outside the node). */
const HANDLE_REACH = 3;
const CURVATURE = 0.25;
const ARROW_LENGTH = 8;
const ARROW_HALF_WIDTH = 4;
/** Points tested along each curve when looking for the tie under a click. */
const SAMPLES = 24;

export type Point = { x: number; y: number };
export type Curve = { from: Point; fromControl: Point; toControl: Point; to: Point };

// React Flow's control distance (calculateControlOffset in @xyflow/system).
const controlOffset = (distance: number): number =>
  distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);

/** The curve of a tie from the agency at `from` to the agency at `to` (their top-left corners). */
export function tieCurve(from: Position, to: Position): Curve {
  const start = { x: from.x + NODE_WIDTH / 2, y: from.y + NODE_HEIGHT + HANDLE_REACH };
  const end = { x: to.x + NODE_WIDTH / 2, y: to.y - HANDLE_REACH };
  return {
    from: start,
    fromControl: { x: start.x, y: start.y + controlOffset(end.y - start.y) },
    toControl: { x: end.x, y: end.y - controlOffset(end.y - start.y) },
    to: end,
  };
}

/** The curve as SVG path data, as React Flow writes it. */
export const curvePath = ({ from, fromControl, toControl, to }: Curve): string =>
  `M${from.x},${from.y} C${fromControl.x},${fromControl.y} ${toControl.x},${toControl.y} ${to.x},${to.y}`;

// A curve always leaves its source downwards and reaches its target downwards, so an arrow at the
// target points down and one at the source (a tie both ways) points up, into the source.
const arrowDown = ({ x, y }: Point) =>
  `M${x},${y} L${x - ARROW_HALF_WIDTH},${y - ARROW_LENGTH} L${x + ARROW_HALF_WIDTH},${y - ARROW_LENGTH}Z`;
const arrowUp = ({ x, y }: Point) =>
  `M${x},${y} L${x - ARROW_HALF_WIDTH},${y + ARROW_LENGTH} L${x + ARROW_HALF_WIDTH},${y + ARROW_LENGTH}Z`;

/** The ties of one look: their curves (for one stroke width) and their arrowheads. */
export type TieGroup = {
  key: string;
  strength: number;
  faded: boolean;
  lines: string;
  arrows: string;
};

/**
 * The ties drawn as one path per strength and per faded or not; ties to agencies that are not
 * placed and ties in `left` (drawn elsewhere, e.g. selected) are left out.
 */
export function tieGroups(
  ties: readonly Tie[],
  positions: ReadonlyMap<string, Position>,
  visible: ReadonlySet<string> | null,
  left: ReadonlySet<string>,
): TieGroup[] {
  const groups = new Map<
    string,
    { strength: number; faded: boolean; lines: string[]; arrows: string[] }
  >();
  for (const tie of ties) {
    if (left.has(tie.id)) continue;
    const from = positions.get(tie.from);
    const to = positions.get(tie.to);
    if (!from || !to) continue;
    const faded = visible !== null && !(visible.has(tie.from) && visible.has(tie.to));
    const key = `${tie.strength}${faded ? '-faded' : ''}`;
    let group = groups.get(key);
    if (!group) {
      group = { strength: tie.strength, faded, lines: [], arrows: [] };
      groups.set(key, group);
    }
    const curve = tieCurve(from, to);
    group.lines.push(curvePath(curve));
    group.arrows.push(arrowDown(curve.to));
    if (tie.direction === 'both') group.arrows.push(arrowUp(curve.from));
  }
  // Faded ties first, so the ties the filter keeps are drawn over them.
  return [...groups.entries()]
    .sort(([, a], [, b]) => Number(b.faded) - Number(a.faded) || a.strength - b.strength)
    .map(([key, group]) => ({
      key,
      strength: group.strength,
      faded: group.faded,
      lines: group.lines.join(''),
      arrows: group.arrows.join(''),
    }));
}

/** A tie's stroke width: its strength (1–3), for both the layer and React Flow's edges. */
export const tieStrokeWidth = (strength: number): number => strength + 0.5;

const at = ({ from, fromControl, toControl, to }: Curve, t: number): Point => {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * from.x + b * fromControl.x + c * toControl.x + d * to.x,
    y: a * from.y + b * fromControl.y + c * toControl.y + d * to.y,
  };
};

const distanceToSegment = (p: Point, a: Point, b: Point): number => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
};

/**
 * The tie whose curve passes nearest `point` (canvas coordinates), if one is within `reach`; the
 * tie drawn last wins a tie, as it is the one on top.
 */
export function tieAt(
  ties: readonly Tie[],
  positions: ReadonlyMap<string, Position>,
  point: Point,
  reach: number,
): Tie | null {
  let best: Tie | null = null;
  let bestDistance = reach;
  for (const tie of ties) {
    const from = positions.get(tie.from);
    const to = positions.get(tie.to);
    if (!from || !to) continue;
    const curve = tieCurve(from, to);
    // A cubic curve stays inside the box of its four points: most ties are ruled out here.
    const xs = [curve.from.x, curve.fromControl.x, curve.toControl.x, curve.to.x];
    const ys = [curve.from.y, curve.fromControl.y, curve.toControl.y, curve.to.y];
    if (
      point.x < Math.min(...xs) - reach ||
      point.x > Math.max(...xs) + reach ||
      point.y < Math.min(...ys) - reach ||
      point.y > Math.max(...ys) + reach
    )
      continue;
    let previous = curve.from;
    for (let i = 1; i <= SAMPLES; i++) {
      const next = at(curve, i / SAMPLES);
      const distance = distanceToSegment(point, previous, next);
      if (distance <= bestDistance) {
        bestDistance = distance;
        best = tie;
      }
      previous = next;
    }
  }
  return best;
}
