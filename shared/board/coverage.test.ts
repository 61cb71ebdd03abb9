import { describe, expect, it } from 'vitest';
import { type AgencyInput, agencySchema } from './agency';
import { cellsAt, computeCoverage, coverageLevel } from './coverage';
import { cafe, shisetsu, soudan } from './testBoard';

const parse = (input: AgencyInput) => agencySchema.parse(input);
const secondShortStay = parse({
  ...shisetsu,
  id: 'ss2',
  fields: ['elderly'],
  nightHolidayResponse: 'none',
});
const agencies = [soudan, shisetsu, cafe].map(parse).concat(secondShortStay);

describe('coverage matrix', () => {
  it('counts agencies per need × hub function with their ids', () => {
    const matrix = computeCoverage(agencies);
    expect(matrix.agencyCount).toBe(4);
    expect(matrix.cells.intellectualSevere.emergency).toEqual({
      count: 2,
      agencyIds: ['shisetsu', 'ss2'],
      level: 'covered',
    });
    expect(matrix.cells.mental.consultation).toMatchObject({ count: 1, level: 'thin' });
    expect(matrix.cells.mental.emergency).toEqual({ count: 0, agencyIds: [], level: 'empty' });
  });

  it('restricts to a field, to out-of-hours responders and to hub-registered agencies', () => {
    expect(
      computeCoverage(agencies, { field: 'elderly' }).cells.physical.emergency.agencyIds,
    ).toEqual(['ss2']);
    const night = computeCoverage(agencies, { outOfHoursOnly: true });
    expect(night.agencyCount).toBe(1);
    expect(night.cells.intellectualSevere.emergency.agencyIds).toEqual(['shisetsu']);
    expect(computeCoverage(agencies, { hubRegisteredOnly: true }).agencyCount).toBe(0);
  });

  it('applies the thin threshold and lists cells by level', () => {
    expect(coverageLevel(0)).toBe('empty');
    expect(coverageLevel(2, 3)).toBe('thin');
    expect(coverageLevel(3, 3)).toBe('covered');
    const matrix = computeCoverage(agencies, { thinBelow: 3 });
    expect(matrix.cells.intellectualSevere.emergency.level).toBe('thin');
    expect(cellsAt(matrix, 'covered')).toEqual([]);
    expect(cellsAt(matrix, 'thin')).toContainEqual(['mental', 'consultation']);
    expect(cellsAt(matrix, 'empty')).toHaveLength(9 * 5 - cellsAt(matrix, 'thin').length);
  });
});
