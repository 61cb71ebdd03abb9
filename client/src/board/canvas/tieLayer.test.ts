import { getBezierPath, Position as Side } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../../shared/board/agency';
import type { Tie } from '../../../../shared/board/tie';
import { NODE_HEIGHT, NODE_WIDTH } from './canvasGeometry';
import { curvePath, tieAt, tieCurve, tieGroups } from './tieLayer';

const tie = (id: string, from: string, to: string, extra: Partial<Tie> = {}): Tie => ({
  id,
  from,
  to,
  kind: 'referral',
  direction: 'oneWay',
  strength: 2,
  ...extra,
});

// Three agencies: a above b (lane Ⅰ over lane Ⅱ), c far to the right of b.
const positions = new Map<string, Position>([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 400, y: 300 }],
  ['c', { x: 2000, y: 300 }],
]);

describe('tie layer', () => {
  it('draws the curve React Flow draws between the handles, downwards and upwards', () => {
    for (const [from, to] of [
      [positions.get('a'), positions.get('b')],
      [positions.get('b'), positions.get('a')],
    ] as [Position, Position][]) {
      const [expected] = getBezierPath({
        sourceX: from.x + NODE_WIDTH / 2,
        sourceY: from.y + NODE_HEIGHT + 3,
        sourcePosition: Side.Bottom,
        targetX: to.x + NODE_WIDTH / 2,
        targetY: to.y - 3,
        targetPosition: Side.Top,
      });
      expect(curvePath(tieCurve(from, to))).toBe(expected);
    }
  });

  it('groups ties by strength and by faded, leaves out the ones drawn elsewhere, and arrows each end that has one', () => {
    const ties = [
      tie('ab', 'a', 'b'),
      tie('bc', 'b', 'c', { direction: 'both' }),
      tie('ac', 'a', 'c', { strength: 3 }),
      tie('selected', 'c', 'a'),
      tie('unplaced', 'a', 'gone'),
    ];
    const groups = tieGroups(ties, positions, new Set(['a', 'b']), new Set(['selected']));
    expect(groups.map((g) => g.key)).toEqual(['2-faded', '3-faded', '2']);
    const [fadedTwo, fadedThree, kept] = groups;
    // bc: a curve and two arrowheads; ab: one of each.
    expect(fadedTwo?.lines.match(/M/g)).toHaveLength(1);
    expect(fadedTwo?.arrows.match(/M/g)).toHaveLength(2);
    expect(fadedThree?.lines).toBe(curvePath(tieCurve({ x: 0, y: 0 }, { x: 2000, y: 300 })));
    expect(kept?.lines).toBe(curvePath(tieCurve({ x: 0, y: 0 }, { x: 400, y: 300 })));
    expect(kept?.arrows.match(/M/g)).toHaveLength(1);
    expect(tieGroups(ties, positions, null, new Set()).map((g) => g.key)).toEqual(['2', '3']);
  });

  it('finds the tie whose line passes within reach of a click, the nearest when several do', () => {
    const ab = tie('ab', 'a', 'b');
    const ac = tie('ac', 'a', 'c');
    const middle = (from: Position, to: Position) => {
      const { from: p0, fromControl: p1, toControl: p2, to: p3 } = tieCurve(from, to);
      return {
        x: (p0.x + 3 * p1.x + 3 * p2.x + p3.x) / 8,
        y: (p0.y + 3 * p1.y + 3 * p2.y + p3.y) / 8,
      };
    };
    const onAb = middle({ x: 0, y: 0 }, { x: 400, y: 300 });
    expect(tieAt([ab, ac], positions, onAb, 6)?.id).toBe('ab');
    expect(tieAt([ab, ac], positions, { x: onAb.x + 4, y: onAb.y }, 6)?.id).toBe('ab');
    expect(tieAt([ab, ac], positions, { x: onAb.x + 30, y: onAb.y }, 6)).toBeNull();
    const onAc = middle({ x: 0, y: 0 }, { x: 2000, y: 300 });
    expect(tieAt([ab, ac], positions, onAc, 6)?.id).toBe('ac');
    expect(tieAt([tie('x', 'a', 'gone')], positions, onAb, 6)).toBeNull();
  });
});
