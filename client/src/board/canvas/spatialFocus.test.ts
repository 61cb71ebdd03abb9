import { describe, expect, it } from 'vitest';
import type { Tie } from '../../../../shared/board/tie';
import { firstInReadingOrder, spatialNeighbour, tiesInReadingOrder } from './spatialFocus';

// Two lanes: a, b, c in the upper one; d under b (a little to the right), e far right below.
const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 240, y: 0 }],
  ['c', { x: 480, y: 0 }],
  ['d', { x: 260, y: 170 }],
  ['e', { x: 900, y: 170 }],
]);

describe('spatialNeighbour', () => {
  it('moves along a lane to the next card each way', () => {
    expect(spatialNeighbour('a', 'ArrowRight', positions)).toBe('b');
    expect(spatialNeighbour('b', 'ArrowRight', positions)).toBe('c');
    expect(spatialNeighbour('c', 'ArrowLeft', positions)).toBe('b');
  });

  it('moves across lanes to the card most nearly below or above', () => {
    expect(spatialNeighbour('b', 'ArrowDown', positions)).toBe('d');
    expect(spatialNeighbour('c', 'ArrowDown', positions)).toBe('d');
    expect(spatialNeighbour('e', 'ArrowUp', positions)).toBe('c');
  });

  it('stays in the row while it has cards that way, and takes a slightly offset one', () => {
    expect(spatialNeighbour('d', 'ArrowRight', positions)).toBe('e');
    expect(
      spatialNeighbour(
        'a',
        'ArrowRight',
        new Map([
          ['a', { x: 0, y: 0 }],
          ['near', { x: 240, y: 40 }],
          ['far', { x: 1200, y: 0 }],
        ]),
      ),
    ).toBe('near');
  });

  it('stops at the edge of the board and for an unknown card', () => {
    expect(spatialNeighbour('a', 'ArrowLeft', positions)).toBeNull();
    expect(spatialNeighbour('a', 'ArrowUp', positions)).toBeNull();
    expect(spatialNeighbour('missing', 'ArrowUp', positions)).toBeNull();
  });
});

describe('firstInReadingOrder', () => {
  it('is the top-left card, or none on an empty board', () => {
    expect(firstInReadingOrder(positions)).toBe('a');
    expect(firstInReadingOrder(new Map())).toBeNull();
  });
});

describe('tiesInReadingOrder', () => {
  const tie = (id: string, from: string, to: string): Tie => ({
    id,
    from,
    to,
    kind: 'referral',
    direction: 'both',
    strength: 2,
  });

  it('orders an agency’s ties by where the other agency stands, whichever end it is', () => {
    const ties = [
      tie('be', 'b', 'e'),
      tie('ac', 'a', 'c'),
      tie('db', 'd', 'b'),
      tie('ab', 'a', 'b'),
    ];
    expect(tiesInReadingOrder('b', ties, positions).map((x) => x.id)).toEqual(['ab', 'db', 'be']);
    expect(tiesInReadingOrder('a', ties, positions).map((x) => x.id)).toEqual(['ab', 'ac']);
    expect(tiesInReadingOrder('c', [], positions)).toEqual([]);
  });
});
