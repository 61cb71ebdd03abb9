import { describe, expect, it } from 'vitest';
import { autoLayout, autoLayoutFree } from './autoLayout';
import { LANE_HEIGHT, laneTop, NODE_HEIGHT, NODE_WIDTH } from './canvasGeometry';
import { testAgency } from './testAgency';

describe('auto layout', () => {
  it('keeps each agency in its lane and keeps agencies of a lane apart', async () => {
    const agencies = [
      testAgency('city', 'municipality'),
      testAgency('hub', 'core'),
      testAgency('gh1', 'registered'),
      testAgency('gh2', 'registered'),
      testAgency('gh3', 'registered'),
    ];
    const ties = [
      { id: 't1', from: 'city', to: 'hub', kind: 'contract', direction: 'both', strength: 2 },
      { id: 't2', from: 'hub', to: 'gh1', kind: 'cooperation', direction: 'both', strength: 2 },
    ] as const;
    const moves = await autoLayout(agencies, [...ties]);
    expect(moves).toHaveLength(5);
    for (const move of moves) {
      const layer = agencies.find((a) => a.id === move.id)?.layer ?? 'core';
      expect(move.position.y).toBeGreaterThanOrEqual(laneTop(layer));
      expect(move.position.y).toBeLessThan(laneTop(layer) + LANE_HEIGHT);
    }
    const xs = moves
      .filter((m) => m.id.startsWith('gh'))
      .map((m) => m.position.x)
      .sort((p, q) => p - q);
    expect((xs[1] ?? 0) - (xs[0] ?? 0)).toBeGreaterThanOrEqual(NODE_WIDTH);
    expect((xs[2] ?? 0) - (xs[1] ?? 0)).toBeGreaterThanOrEqual(NODE_WIDTH);
  });

  it('frees agencies from their lanes: tied ones come near, nobody overlaps', async () => {
    const agencies = [
      testAgency('city', 'municipality'),
      testAgency('cafe', 'community'),
      testAgency('hub', 'core'),
      testAgency('alone1', 'registered'),
      testAgency('alone2', 'registered'),
    ];
    const ties = [
      { id: 't1', from: 'cafe', to: 'city', kind: 'cooperation', direction: 'both', strength: 2 },
    ] as const;
    const moves = await autoLayoutFree(agencies, [...ties]);
    expect(moves.map((m) => m.id).sort()).toEqual(agencies.map((a) => a.id).sort());
    const at = new Map(moves.map((m) => [m.id, m.position]));
    for (const p of moves) {
      for (const q of moves) {
        if (p === q) continue;
        const apart =
          Math.abs(p.position.x - q.position.x) >= NODE_WIDTH ||
          Math.abs(p.position.y - q.position.y) >= NODE_HEIGHT;
        expect(apart, `${p.id} overlaps ${q.id}`).toBe(true);
      }
    }
    // Ⅴ and Ⅰ are four lanes apart; tied, they stand one row apart here.
    const city = at.get('city') ?? { x: 0, y: 0 };
    const cafe = at.get('cafe') ?? { x: 0, y: 0 };
    expect(Math.abs(city.y - cafe.y)).toBeLessThan(2 * LANE_HEIGHT);
  });
});
