import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../../shared/board/agency';
import { clampToLane, LANE_HEIGHT, laneTop, NODE_HEIGHT, positionsOf } from './canvasGeometry';
import { testAgency } from './testAgency';

const agency = (id: string, layer: Agency['layer'], position?: Agency['position']) =>
  testAgency(id, layer, position ? { position } : {});

describe('canvas geometry', () => {
  it('keeps every agency inside its layer lane', () => {
    const positions = positionsOf([
      agency('a', 'core', { x: 500, y: -900 }),
      agency('b', 'community', { x: 10, y: 99999 }),
    ]);
    const a = positions.get('a');
    const b = positions.get('b');
    expect(a?.x).toBe(500);
    expect(a?.y).toBeGreaterThanOrEqual(laneTop('core'));
    expect((b?.y ?? 0) + NODE_HEIGHT).toBeLessThanOrEqual(laneTop('community') + LANE_HEIGHT);
  });

  it('lines up agencies without a stored position side by side in their lane', () => {
    const positions = positionsOf([
      agency('a', 'core'),
      agency('b', 'core'),
      agency('c', 'municipality'),
    ]);
    expect(positions.get('a')?.y).toBe(positions.get('b')?.y);
    expect(positions.get('b')?.x).toBeGreaterThan(positions.get('a')?.x ?? 0);
    expect(positions.get('c')?.y).toBeLessThan(positions.get('a')?.y ?? 0);
  });

  it('clamps into the lane', () => {
    expect(clampToLane('municipality', -50)).toBeGreaterThanOrEqual(0);
  });
});
