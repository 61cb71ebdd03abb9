import { describe, expect, it } from 'vitest';
import { lineStyle, radialPositions, zigzagPath } from './ecomapGeometry';

describe('ecomap geometry', () => {
  it('places supporters evenly around the person, the first at the top', () => {
    const positions = radialPositions(['a', 'b', 'c', 'd'], 100);
    expect(positions.get('a')).toEqual({ x: 0, y: -100 });
    expect(positions.get('b')).toEqual({ x: 100, y: 0 });
    expect(positions.get('c')).toEqual({ x: 0, y: 100 });
    expect(positions.get('d')).toEqual({ x: -100, y: 0 });
  });

  it('draws strength by width and dash, stress by zigzag, direction by arrows', () => {
    expect(lineStyle({ strength: 'strong', stress: false, direction: 'to' })).toEqual({
      width: 5,
      dash: undefined,
      zigzag: false,
      arrowAtSource: false,
      arrowAtTarget: true,
    });
    expect(lineStyle({ strength: 'weak', stress: true, direction: 'both' })).toMatchObject({
      width: 2,
      dash: '8 6',
      zigzag: true,
      arrowAtSource: true,
      arrowAtTarget: true,
    });
    expect(lineStyle({ strength: 'normal', stress: false, direction: 'from' })).toMatchObject({
      arrowAtSource: true,
      arrowAtTarget: false,
    });
  });

  it('zigzags between the two ends', () => {
    const path = zigzagPath({ x: 0, y: 0 }, { x: 120, y: 0 });
    expect(path.startsWith('M 0 0')).toBe(true);
    expect(path.endsWith('L 120 0')).toBe(true);
    expect(path).toContain('L 12.0 -6.0');
    expect(path).toContain('L 24.0 6.0');
  });
});
