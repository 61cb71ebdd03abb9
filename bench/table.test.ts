import { describe, expect, it } from 'vitest';
import { fmt, formatTable, ratio } from './table';

describe('formatTable', () => {
  it('aligns names left and numbers right under a rule', () => {
    const text = formatTable(
      ['server', 'p99 ms'],
      [
        ['ours', '3.5'],
        ['hocuspocus', '12.25'],
      ],
    );
    expect(text.split('\n')).toEqual([
      'server      p99 ms',
      '----------  ------',
      'ours           3.5',
      'hocuspocus   12.25',
    ]);
  });
});

describe('fmt and ratio', () => {
  it('marks what was not measured instead of printing NaN', () => {
    expect(fmt(Number.NaN)).toBe('—');
    expect(fmt(undefined)).toBe('—');
    expect(fmt(1.234, 2)).toBe('1.23');
    expect(ratio(1, 4)).toBe('0.25×');
    expect(ratio(1, 0)).toBe('—');
    expect(ratio(Number.NaN, 2)).toBe('—');
  });
});
