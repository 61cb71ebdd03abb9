import { describe, expect, it } from 'vitest';
import { autoLayout } from './autoLayout';
import { LANE_HEIGHT, laneTop, NODE_WIDTH } from './canvasGeometry';
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
});
