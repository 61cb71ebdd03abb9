import { describe, expect, it } from 'vitest';
import { emergencyGaps, overdueActions, transitionsWithoutSuccessor } from './gaps';

describe('gap flags', () => {
  it('flags transitions with nobody taking over, not stages', () => {
    const flagged = transitionsWithoutSuccessor([
      { id: 's', kind: 'stage', stage: 'adult', date: '2012-04-01', takesOver: [] },
      {
        id: 't1',
        kind: 'transition',
        transition: 'age65LongTermCare',
        date: '2031-05-01',
        takesOver: [],
      },
      {
        id: 't2',
        kind: 'transition',
        transition: 'graduation',
        date: '2014-03-31',
        takesOver: ['就労移行 つばさ'],
      },
    ]);
    expect(flagged.map((e) => e.id)).toEqual(['t1']);
  });

  it('flags each time window with nobody to call or nobody who goes', () => {
    const gaps = emergencyGaps({
      weekdayDaytime: {
        id: 'weekdayDaytime',
        call: '相談支援A',
        goes: '相談支援A',
        preRegistered: true,
      },
      night: { id: 'night', call: '拠点 夜間電話', preRegistered: true },
      holiday: null,
    });
    expect(gaps).toEqual([
      { window: 'night', missing: ['goes'] },
      { window: 'holiday', missing: ['call', 'goes'] },
    ]);
  });

  it('flags unfinished actions past their due date', () => {
    const overdue = overdueActions(
      [
        { id: 'a', title: 'x', due: '2026-01-01', status: 'open' },
        { id: 'b', title: 'y', due: '2026-01-01', status: 'done' },
        { id: 'c', title: 'z', due: '2026-02-01', status: 'inProgress' },
        { id: 'd', title: 'w', status: 'open' },
      ],
      '2026-01-15',
    );
    expect(overdue.map((a) => a.id)).toEqual(['a']);
  });
});
