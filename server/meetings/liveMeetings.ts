import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import {
  applyCommand,
  type CommandContext,
  type CommandResult,
  initialLiveState,
  type LiveCommand,
  type LiveState,
  liveState,
} from '../../shared/meeting/liveState';
import { ballotError, type CastBallot } from '../../shared/meeting/vote';
import type { Db } from '../db/client';
import { meetingLive } from '../db/schema';
import type { DocumentHost } from '../realtime/realtimeServer';
import { revealPrivateNotes } from './privateNotes';
import { spotlightError } from './spotlight';
import { findMeeting, type MeetingRow } from './store';
import { foreignCards, loadBallots, saveEndedVote, storeBallot } from './votes';

// The live meetings of this server: each meeting's row and state, written to the database before
// a change is announced. Changes to one meeting run one at a time, so two facilitators pressing
// "next" move two items, never one twice.
// - One process (`shared` false): the meeting is loaded once and kept in memory; this process's
//   queue is the only writer.
// - Several processes (`shared`, docs/realtime.md "Live meetings on several processes"): the
//   database is the one source of truth. Each change takes the meeting's PostgreSQL advisory lock
//   in a transaction, reads the state and ballots again, and commits before it is announced; a
//   process killed mid-change loses its connection, so its transaction and lock go with it.

export type LiveMeeting = {
  row: MeetingRow;
  state: LiveState;
  // The open vote's ballots by participant; private, never part of the state.
  ballots: Map<string, CastBallot>;
};

type Entry = { loading: Promise<LiveMeeting | undefined>; queue: Promise<unknown> };
type Context = Omit<CommandContext, 'agendaMinutes' | 'now' | 'newId' | 'ballots' | 'random'>;

export type LiveMeetings = {
  get: (meetingId: string) => Promise<LiveMeeting | undefined>;
  apply: (meetingId: string, command: LiveCommand, ctx: Context) => Promise<CommandResult>;
  /** Reads the meeting's row again (after an edit of its details or agenda). */
  reload: (meetingId: string) => Promise<void>;
  forget: (meetingId: string) => void;
  /**
   * Runs `work` on the meeting in turn with its commands (a private note kept while a reveal runs
   * would otherwise be forgotten unrevealed). `work` queries with the `db` it is given (shared, the
   * transaction that holds the meeting's lock).
   */
  inTurn: <T>(
    meetingId: string,
    work: (meeting: LiveMeeting, db: Db) => Promise<T>,
  ) => Promise<T | undefined>;
};

async function load(db: Db, meetingId: string): Promise<LiveMeeting | undefined> {
  const row = await findMeeting(db, meetingId);
  if (!row) return undefined;
  const [stored] = await db.select().from(meetingLive).where(eq(meetingLive.meetingId, meetingId));
  const parsed = stored ? liveState.safeParse(stored.state) : undefined;
  const state = parsed?.success ? parsed.data : initialLiveState();
  const open = state.vote?.status === 'open' ? state.vote.id : undefined;
  return { row, state, ballots: open ? await loadBallots(db, open) : new Map() };
}

async function store(db: Db, meetingId: string, state: LiveState): Promise<void> {
  const updatedAt = new Date();
  await db
    .insert(meetingLive)
    .values({ meetingId, state, updatedAt })
    .onConflictDoUpdate({ target: meetingLive.meetingId, set: { state, updatedAt } });
}

/** Takes a person's ballot (replacing their earlier one); the state shows only how many voted. */
async function castInto(
  db: Db,
  meeting: LiveMeeting,
  command: Extract<LiveCommand, { type: 'vote.cast' }>,
  ctx: { participantId: string; name: string },
): Promise<CommandResult> {
  const { vote } = meeting.state;
  const error = ballotError(vote, command.voteId, command.ballot);
  if (error || !vote) return { ok: false, error: error ?? 'no_open_vote' };
  const cast: CastBallot = { name: ctx.name, choices: command.ballot };
  await storeBallot(db, meeting.row.id, vote.id, ctx.participantId, cast);
  meeting.ballots.set(ctx.participantId, cast);
  if (meeting.ballots.size === vote.ballots) return { ok: true, state: meeting.state };
  const state = { ...meeting.state, vote: { ...vote, ballots: meeting.ballots.size } };
  await store(db, meeting.row.id, state);
  meeting.state = state;
  return { ok: true, state };
}

/** Applies one command to the meeting (read under its lock when shared) and stores the result. */
async function change(
  db: Db,
  documents: DocumentHost,
  meeting: LiveMeeting,
  command: LiveCommand,
  ctx: Context,
  now: number,
): Promise<CommandResult> {
  const meetingId = meeting.row.id;
  if (command.type === 'vote.cast') return castInto(db, meeting, command, ctx);
  if (command.type === 'vote.start' && command.settings.kind === 'card') {
    const refs = command.settings.items.map((i) => i.ref);
    if ((await foreignCards(db, meeting.row.councilId, refs)).length > 0) {
      return { ok: false, error: 'unknown_card' };
    }
  }
  if (command.type === 'spotlight.set') {
    const error = await spotlightError(db, meeting.row.councilId, command.target);
    if (error) return { ok: false, error };
  }
  const outcome = applyCommand(meeting.state, command, {
    ...ctx,
    agendaMinutes: meeting.row.agenda.map((i) => i.minutes),
    now,
    newId: randomUUID,
    ballots: () => meeting.ballots.values(),
    random: Math.random,
  });
  if (!outcome.ok || outcome.state === meeting.state) return outcome;
  const { vote } = outcome.state;
  if (command.type === 'notes.reveal' && meeting.state.privateNotes) {
    await revealPrivateNotes(db, documents, meetingId, meeting.state.privateNotes.anonymous);
  }
  if (command.type === 'vote.end' && vote) {
    const actorId = ctx.participantId.startsWith('guest:') ? null : ctx.participantId;
    await saveEndedVote(db, meeting.row, vote, outcome.state, actorId);
    meeting.ballots = new Map();
  } else {
    await store(db, meetingId, outcome.state);
  }
  if (command.type === 'vote.start') meeting.ballots = new Map();
  meeting.state = outcome.state;
  return outcome;
}

export type LiveMeetingsOptions = {
  /** Several processes serve the meeting: read it from the database, change it under a lock. */
  shared?: boolean;
  now?: () => number;
};

export function createLiveMeetings(
  db: Db,
  documents: DocumentHost,
  { shared = false, now = Date.now }: LiveMeetingsOptions = {},
): LiveMeetings {
  const entries = new Map<string, Entry>();

  const entry = (meetingId: string): Entry => {
    let found = entries.get(meetingId);
    if (!found) {
      // Shared, nothing is kept: the queue only spares the lock this process's own contention.
      const loading = shared ? Promise.resolve(undefined) : load(db, meetingId);
      found = { loading, queue: loading };
      entries.set(meetingId, found);
      // A failed load is not cached: the next join tries again.
      loading.catch(() => entries.delete(meetingId));
    }
    return found;
  };

  const serial = <T>(e: Entry, work: () => Promise<T>): Promise<T> => {
    const next = e.queue.then(work, work);
    e.queue = next.catch(() => {});
    return next;
  };

  const inTurn = <T>(
    meetingId: string,
    work: (meeting: LiveMeeting, db: Db) => Promise<T>,
  ): Promise<T | undefined> => {
    const e = entry(meetingId);
    return serial(e, async () => {
      if (!shared) {
        const meeting = await e.loading;
        return meeting ? work(meeting, db) : undefined;
      }
      // The two-key form keeps meetings apart from the documents' one-key locks (docStore).
      return db.transaction(async (tx) => {
        await tx.execute(
          sql`select pg_advisory_xact_lock(hashtext('meeting'), hashtext(${meetingId}))`,
        );
        const locked = tx as unknown as Db;
        const meeting = await load(locked, meetingId);
        return meeting ? work(meeting, locked) : undefined;
      });
    });
  };

  return {
    get: (meetingId) => (shared ? load(db, meetingId) : entry(meetingId).loading),
    apply: async (meetingId, command, ctx) =>
      (await inTurn(meetingId, (meeting, locked) =>
        change(locked, documents, meeting, command, ctx, now()),
      )) ?? { ok: false, error: 'not_found' },
    reload: async (meetingId) => {
      const e = entries.get(meetingId);
      if (!e || shared) return;
      await serial(e, async () => {
        const meeting = await e.loading;
        const row = await findMeeting(db, meetingId);
        if (meeting && row) meeting.row = row;
      });
    },
    forget: (meetingId) => entries.delete(meetingId),
    inTurn,
  };
}
