import { describe, expect, it } from 'vitest';
import { parseWith } from './issues';
import { tieInputSchema, tieSchema } from './tie';

describe('tie schema', () => {
  it('defaults to a two-way tie of normal strength', () => {
    expect(tieSchema.parse({ id: 't', from: 'a', to: 'b', kind: 'referral', note: ' ' })).toEqual({
      id: 't',
      from: 'a',
      to: 'b',
      kind: 'referral',
      direction: 'both',
      strength: 2,
    });
  });

  it('explains a bad tie in Japanese', () => {
    expect(
      parseWith(tieInputSchema, { from: 'a', kind: 'friend', direction: 'up', strength: 0 }),
    ).toEqual({
      ok: false,
      issues: [
        { path: 'to', message: 'つなぐ先の事業所を選んでください' },
        { path: 'kind', message: expect.stringContaining('つながりの種類は') },
        { path: 'direction', message: '向きは「一方向」か「双方向」を選んでください' },
        { path: 'strength', message: 'つながりの強さは1〜3で入力してください' },
      ],
    });
    expect(parseWith(tieInputSchema, { from: 'a', to: 'a', kind: 'referral' })).toEqual({
      ok: false,
      issues: [{ path: 'to', message: '同じ事業所どうしはつなげられません' }],
    });
  });
});
