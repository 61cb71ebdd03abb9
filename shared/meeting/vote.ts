// Dot voting (ドット投票) in a live meeting. The vote's settings and, once it has ended, its tally
// are part of the live state everyone sees; each person's ballot is private and is kept by the
// server only (see server/meetings/ballots.ts).
import { z } from 'zod';
import { rule } from '../issues/fieldIssue';
import { requiredText, text } from '../issues/text';

export const VOTE_ITEM_KINDS = ['note', 'card', 'agency'] as const;
export type VoteItemKind = (typeof VOTE_ITEM_KINDS)[number];

// A Socket.IO message is at most 16 KiB: 40 items of a 200-character reference and an 80-character
// label fit.
export const MAX_VOTE_ITEMS = 40;
export const MAX_VOTES_PER_PERSON = 99;

export const voteItem = z.object({
  // A note's id, a card's id, or `<boardId>/<agencyId>`: what the tally is saved against.
  ref: text().min(1).max(200),
  label: requiredText(80),
});
export type VoteItem = z.infer<typeof voteItem>;

export const voteSettings = z.object({
  title: requiredText(100),
  kind: z.enum(VOTE_ITEM_KINDS),
  items: z
    .array(voteItem)
    .min(1)
    .max(MAX_VOTE_ITEMS)
    .refine((items) => new Set(items.map((i) => i.ref)).size === items.length, rule('duplicateId')),
  votesPerPerson: z.number().int().min(1).max(MAX_VOTES_PER_PERSON),
  // At most one dot on each item, or several.
  onePerItem: z.boolean(),
  // Anonymous: the tally has counts only, and the ballots are deleted when the vote ends.
  anonymous: z.boolean(),
});
export type VoteSettings = z.infer<typeof voteSettings>;

/** A person's dots: item ref → how many. A new ballot replaces the person's earlier one. */
export const ballot = z
  .record(text().min(1).max(200), z.number().int().min(0).max(MAX_VOTES_PER_PERSON))
  .refine((b) => Object.keys(b).length <= MAX_VOTE_ITEMS, rule('tooMany', { max: MAX_VOTE_ITEMS }));
export type Ballot = z.infer<typeof ballot>;

export const voteResult = z.object({
  ref: z.string(),
  label: z.string(),
  votes: z.number().int(),
  // Who gave how many dots; only when the vote was not anonymous.
  voters: z.array(z.object({ name: z.string(), votes: z.number().int() })).optional(),
});
export type VoteResult = z.infer<typeof voteResult>;

export const voteState = voteSettings.extend({
  id: z.string(),
  status: z.enum(['open', 'ended']),
  // How many people have cast a ballot (not who).
  ballots: z.number().int(),
  // Hidden (null) until the vote ends; most votes first.
  results: z.array(voteResult).nullable(),
});
export type VoteState = z.infer<typeof voteState>;

export type BallotError = 'no_open_vote' | 'not_in_vote' | 'too_many_votes' | 'one_per_item';

/** Why a ballot does not fit the vote, or null when it does. */
export function ballotError(vote: VoteState | null, voteId: string, b: Ballot): BallotError | null {
  if (!vote || vote.id !== voteId || vote.status !== 'open') return 'no_open_vote';
  const refs = new Set(vote.items.map((i) => i.ref));
  let total = 0;
  for (const [ref, count] of Object.entries(b)) {
    if (!refs.has(ref)) return 'not_in_vote';
    if (vote.onePerItem && count > 1) return 'one_per_item';
    total += count;
  }
  return total > vote.votesPerPerson ? 'too_many_votes' : null;
}

export type CastBallot = { name: string; choices: Ballot };

/** The tally of the ballots: every item, most votes first, ties in the vote's order. */
export function tally(vote: VoteSettings, ballots: Iterable<CastBallot>): VoteResult[] {
  const cast = [...ballots];
  const results = vote.items.map((item, order) => {
    const voters = cast
      .map((b) => ({ name: b.name, votes: b.choices[item.ref] ?? 0 }))
      .filter((v) => v.votes > 0);
    const votes = voters.reduce((sum, v) => sum + v.votes, 0);
    const result: VoteResult = { ref: item.ref, label: item.label, votes };
    if (!vote.anonymous) result.voters = voters;
    return { result, order };
  });
  results.sort((a, b) => b.result.votes - a.result.votes || a.order - b.order);
  return results.map((r) => r.result);
}

/** Dots a ballot uses. */
export const dotsUsed = (b: Ballot): number => Object.values(b).reduce((sum, n) => sum + n, 0);
