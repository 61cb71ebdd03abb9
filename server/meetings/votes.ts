import { and, desc, eq, inArray } from 'drizzle-orm';
import type { LiveState } from '../../shared/meeting/liveState';
import type { CastBallot, VoteSettings, VoteState } from '../../shared/meeting/vote';
import { recordCardEvent } from '../cards/store';
import type { Db } from '../db/client';
import { issueCards, meetingBallots, meetingLive, meetingVotes } from '../db/schema';

// Where dot votes are kept. A ballot is stored (upserted) before its sender is told it counted, so
// a restarted server still has it; ballots are never sent to anyone but their caster. When a vote
// ends, its tally is saved with the meeting and on the cards voted on, and an anonymous vote's
// ballots are deleted in the same transaction: afterwards not even the database knows who gave
// which dots.

/** The ballots of a vote, by participant. */
export async function loadBallots(db: Db, voteId: string): Promise<Map<string, CastBallot>> {
  const rows = await db.select().from(meetingBallots).where(eq(meetingBallots.voteId, voteId));
  return new Map(rows.map((r) => [r.participantId, { name: r.name, choices: r.choices }]));
}

export async function storeBallot(
  db: Db,
  meetingId: string,
  voteId: string,
  participantId: string,
  cast: CastBallot,
): Promise<void> {
  await db
    .insert(meetingBallots)
    .values({ meetingId, voteId, participantId, name: cast.name, choices: cast.choices })
    .onConflictDoUpdate({
      target: [meetingBallots.voteId, meetingBallots.participantId],
      set: { choices: cast.choices, name: cast.name },
    });
}

/** Of a vote's card refs, those that are not cards of the council. */
export async function foreignCards(db: Db, councilId: string, refs: string[]): Promise<string[]> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const ids = refs.filter((r) => uuid.test(r));
  const found = ids.length
    ? await db
        .select({ id: issueCards.id })
        .from(issueCards)
        .where(and(eq(issueCards.councilId, councilId), inArray(issueCards.id, ids)))
    : [];
  const known = new Set(found.map((f) => f.id));
  return refs.filter((r) => !known.has(r));
}

/**
 * Saves an ended vote and the live state that shows its results, in one transaction: the tally
 * with the meeting, a `vote` step in the story of each card that got dots, and (anonymous) the
 * ballots gone.
 */
export async function saveEndedVote(
  db: Db,
  meeting: { id: string; councilId: string },
  vote: VoteState,
  state: LiveState,
  actorId: string | null,
): Promise<void> {
  const meetingId = meeting.id;
  const results = vote.results ?? [];
  // A card deleted while the vote was on gets no story step.
  const gone = new Set(
    vote.kind === 'card'
      ? await foreignCards(
          db,
          meeting.councilId,
          results.map((r) => r.ref),
        )
      : [],
  );
  const settings: VoteSettings = {
    title: vote.title,
    kind: vote.kind,
    items: vote.items,
    votesPerPerson: vote.votesPerPerson,
    onePerItem: vote.onePerItem,
    anonymous: vote.anonymous,
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(meetingVotes)
      .values({ id: vote.id, meetingId, settings, results, ballots: vote.ballots })
      .onConflictDoNothing();
    if (vote.kind === 'card') {
      for (const [rank, result] of results.entries()) {
        if (result.votes === 0 || gone.has(result.ref)) continue;
        await recordCardEvent(tx as unknown as Db, {
          cardId: result.ref,
          kind: 'vote',
          detail: {
            meetingId,
            vote: vote.title,
            votes: String(result.votes),
            rank: String(rank + 1),
          },
          actorId,
        });
      }
    }
    if (vote.anonymous) await tx.delete(meetingBallots).where(eq(meetingBallots.voteId, vote.id));
    const updatedAt = new Date();
    await tx
      .insert(meetingLive)
      .values({ meetingId, state, updatedAt })
      .onConflictDoUpdate({ target: meetingLive.meetingId, set: { state, updatedAt } });
  });
}

/** The meeting's ended votes, latest first. */
export async function endedVotes(db: Db, meetingId: string) {
  return db
    .select()
    .from(meetingVotes)
    .where(eq(meetingVotes.meetingId, meetingId))
    .orderBy(desc(meetingVotes.endedAt));
}
