import { describe, expect, it } from 'vitest';
import { firstTerm } from './firstTerm';

describe('firstTerm', () => {
  it('starts in April of the fiscal year and runs two fiscal years', () => {
    expect(firstTerm(new Date(2026, 11, 1))).toEqual({
      name: '第1期',
      startsOn: '2026-04-01',
      endsOn: '2028-03-31',
    });
  });

  it('counts January to March in the fiscal year that began the April before', () => {
    expect(firstTerm(new Date(2027, 1, 10)).startsOn).toBe('2026-04-01');
  });
});
