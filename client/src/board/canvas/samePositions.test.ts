import { describe, expect, it } from 'vitest';
import { samePositions } from './samePositions';

describe('same positions', () => {
  it('is true only when every agency is at the same place', () => {
    const a = new Map([
      ['x', { x: 1, y: 2 }],
      ['y', { x: 3, y: 4 }],
    ]);
    expect(samePositions(a, new Map([...a]))).toBe(true);
    expect(samePositions(a, new Map([...a, ['y', { x: 3, y: 5 }]]))).toBe(false);
    expect(samePositions(a, new Map([['x', { x: 1, y: 2 }]]))).toBe(false);
    expect(
      samePositions(
        a,
        new Map([
          ['x', { x: 1, y: 2 }],
          ['z', { x: 3, y: 4 }],
        ]),
      ),
    ).toBe(false);
  });
});
