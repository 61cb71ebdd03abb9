// Where things go on the ecomap and how a relation is drawn. Ecomap conventions: strong = thick
// solid, normal = solid, weak = dashed, stressful = zigzag; arrows show who supports whom. The
// line is never told apart by colour alone, and every edge also carries a text label.
import type { Relation } from '../../../shared/case/ecomap';

export type Point = { x: number; y: number };

/** Supporters evenly on a circle around the person at (0, 0), the first one at the top. */
export function radialPositions(ids: readonly string[], radius = 260): Map<string, Point> {
  const positions = new Map<string, Point>();
  ids.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ids.length;
    positions.set(id, {
      x: Math.round(radius * Math.cos(angle)),
      y: Math.round(radius * Math.sin(angle)),
    });
  });
  return positions;
}

export type LineStyle = {
  width: number;
  dash: string | undefined;
  zigzag: boolean;
  arrowAtSource: boolean;
  arrowAtTarget: boolean;
};

export function lineStyle(
  relation: Pick<Relation, 'strength' | 'stress' | 'direction'>,
): LineStyle {
  return {
    width: relation.strength === 'strong' ? 5 : 2,
    dash: relation.strength === 'weak' ? '8 6' : undefined,
    zigzag: relation.stress,
    // `to` means support flows from → to, so the arrow points at the target.
    arrowAtTarget: relation.direction !== 'from',
    arrowAtSource: relation.direction !== 'to',
  };
}

/** A zigzag between two points: the ecomap's mark of a stressful relation. */
export function zigzagPath(from: Point, to: Point, step = 12, amplitude = 6): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < step * 2) return `M ${from.x} ${from.y} L ${to.x} ${to.y}`;
  const ux = dx / length;
  const uy = dy / length;
  const count = Math.floor(length / step);
  const points: string[] = [`M ${from.x} ${from.y}`];
  for (let i = 1; i < count; i++) {
    const side = i % 2 === 0 ? 1 : -1;
    const x = from.x + ux * step * i - uy * amplitude * side;
    const y = from.y + uy * step * i + ux * amplitude * side;
    points.push(`L ${x.toFixed(1)} ${y.toFixed(1)}`);
  }
  points.push(`L ${to.x} ${to.y}`);
  return points.join(' ');
}
