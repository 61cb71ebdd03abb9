import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/fieldIssue';
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

  it('reports what is wrong with a tie as codes', () => {
    expect(
      parseWith(tieInputSchema, { from: 'a', kind: 'friend', direction: 'up', strength: 0 }),
    ).toEqual({
      ok: false,
      issues: [
        { path: 'to', code: 'required' },
        { path: 'kind', code: 'choice' },
        { path: 'direction', code: 'choice' },
        { path: 'strength', code: 'tooSmall', params: { min: 1 } },
      ],
    });
    expect(parseWith(tieInputSchema, { from: 'a', to: 'a', kind: 'referral' })).toEqual({
      ok: false,
      issues: [{ path: 'to', code: 'sameEndpoints' }],
    });
  });
});
