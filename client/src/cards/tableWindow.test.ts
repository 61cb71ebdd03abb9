import { describe, expect, it } from 'vitest';
import { bodyParts, rowEstimate, withKeptRows } from './tableWindow';

describe('table window', () => {
  it('adds kept rows to the range once, in order, and only rows that exist', () => {
    expect(withKeptRows([4, 5, 6], [5, 120, -1, 300], 200)).toEqual([4, 5, 6, 120]);
    expect(withKeptRows([], [], 0)).toEqual([]);
  });

  it('stands a gap in for the rows before, between and after the rendered ones', () => {
    const rows = [
      { index: 3, start: 1300, end: 1400 },
      { index: 4, start: 1400, end: 1550 },
      { index: 10, start: 2100, end: 2200 },
    ];
    expect(bodyParts(rows, 3000, 1000)).toEqual([
      { kind: 'gap', height: 300, key: 'gap-3' },
      { kind: 'row', index: 3 },
      { kind: 'row', index: 4 },
      { kind: 'gap', height: 550, key: 'gap-10' },
      { kind: 'row', index: 10 },
      { kind: 'gap', height: 1800, key: 'gap-end' },
    ]);
  });

  it('needs no gap when every row is rendered', () => {
    const rows = [
      { index: 0, start: 500, end: 600 },
      { index: 1, start: 600, end: 700 },
    ];
    expect(bodyParts(rows, 200, 500)).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
    ]);
    expect(bodyParts([], 0, 500)).toEqual([]);
  });

  it('estimates a row from its tallest column, with room for the add button when editable', () => {
    expect(rowEstimate(3, true)).toBeGreaterThan(rowEstimate(3, false));
    expect(rowEstimate(3, false)).toBeGreaterThan(rowEstimate(1, false));
  });
});
