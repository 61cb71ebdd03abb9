import { describe, expect, it } from 'vitest';
import { ballotError, type CastBallot, tally, type VoteState, voteSettings } from './vote';

const vote: VoteState = {
  id: 'v1',
  title: '優先課題',
  kind: 'note',
  items: [
    { ref: 'n1', label: '送迎' },
    { ref: 'n2', label: '相談窓口' },
    { ref: 'n3', label: '災害時' },
  ],
  votesPerPerson: 3,
  onePerItem: false,
  anonymous: true,
  status: 'open',
  ballots: 0,
  results: null,
};

describe('dot votes', () => {
  it('checks a ballot against the vote: its items, the dots per person, one per item', () => {
    expect(ballotError(vote, 'v1', { n1: 2, n2: 1 })).toBeNull();
    expect(ballotError(vote, 'v1', { n1: 2, n2: 2 })).toBe('too_many_votes');
    expect(ballotError(vote, 'v1', { n9: 1 })).toBe('not_in_vote');
    expect(ballotError({ ...vote, onePerItem: true }, 'v1', { n1: 2 })).toBe('one_per_item');
    expect(ballotError({ ...vote, status: 'ended' }, 'v1', { n1: 1 })).toBe('no_open_vote');
    expect(ballotError(vote, 'other', { n1: 1 })).toBe('no_open_vote');
    expect(ballotError(null, 'v1', {})).toBe('no_open_vote');
  });

  it('tallies every item, most dots first, ties in the vote order, names only when not anonymous', () => {
    const ballots: CastBallot[] = [
      { name: 'A', choices: { n2: 2, n3: 1 } },
      { name: 'B', choices: { n3: 2 } },
    ];
    expect(tally(vote, ballots)).toEqual([
      { ref: 'n3', label: '災害時', votes: 3 },
      { ref: 'n2', label: '相談窓口', votes: 2 },
      { ref: 'n1', label: '送迎', votes: 0 },
    ]);
    expect(tally({ ...vote, anonymous: false }, ballots)[0]).toEqual({
      ref: 'n3',
      label: '災害時',
      votes: 3,
      voters: [
        { name: 'A', votes: 1 },
        { name: 'B', votes: 2 },
      ],
    });
  });

  it('refuses settings outside the limits', () => {
    const ok = { title: 't', kind: 'card', items: [{ ref: 'a', label: 'A' }], onePerItem: true };
    const parse = (extra: object) => voteSettings.safeParse({ ...ok, anonymous: true, ...extra });
    expect(parse({ votesPerPerson: 1 }).success).toBe(true);
    expect(parse({ votesPerPerson: 0 }).success).toBe(false);
    expect(parse({ votesPerPerson: 100 }).success).toBe(false);
    const twice = [
      { ref: 'a', label: 'A' },
      { ref: 'a', label: 'B' },
    ];
    expect(parse({ votesPerPerson: 3, items: twice }).success).toBe(false);
  });
});
