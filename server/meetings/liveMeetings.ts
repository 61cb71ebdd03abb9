import { eq } from 'drizzle-orm';
import {
  applyCommand,
  type CommandContext,
  type CommandResult,
  initialLiveState,
  type LiveCommand,
  type LiveState,
  liveState,
} from '../../shared/meeting/liveState';
import type { Db } from '../db/client';
import { meetingLive } from '../db/schema';
import { findMeeting, type MeetingRow } from './store';

// The live meetings this server holds in memory: each meeting's row and state, loaded once from
// the database and written back before a change is announced. Changes to one meeting run one
// at a time, so two facilitators pressing "next" move two items, never one twice.

export type LiveMeeting = { row: MeetingRow; state: LiveState };

type Entry = { loading: Promise<LiveMeeting | undefined>; queue: Promise<unknown> };

export type LiveMeetings = {
  get: (meetingId: string) => Promise<LiveMeeting | undefined>;
  apply: (
    meetingId: string,
    command: LiveCommand,
    ctx: Omit<CommandContext, 'agendaMinutes' | 'now'>,
  ) => Promise<CommandResult>;
  /** Reads the meeting's row again (after an edit of its details or agenda). */
  reload: (meetingId: string) => Promise<void>;
  forget: (meetingId: string) => void;
};

async function load(db: Db, meetingId: string): Promise<LiveMeeting | undefined> {
  const row = await findMeeting(db, meetingId);
  if (!row) return undefined;
  const [stored] = await db.select().from(meetingLive).where(eq(meetingLive.meetingId, meetingId));
  const parsed = stored ? liveState.safeParse(stored.state) : undefined;
  return { row, state: parsed?.success ? parsed.data : initialLiveState() };
}

async function store(db: Db, meetingId: string, state: LiveState): Promise<void> {
  const updatedAt = new Date();
  await db
    .insert(meetingLive)
    .values({ meetingId, state, updatedAt })
    .onConflictDoUpdate({ target: meetingLive.meetingId, set: { state, updatedAt } });
}

export function createLiveMeetings(db: Db, now: () => number = Date.now): LiveMeetings {
  const entries = new Map<string, Entry>();

  const entry = (meetingId: string): Entry => {
    let found = entries.get(meetingId);
    if (!found) {
      const loading = load(db, meetingId);
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

  return {
    get: (meetingId) => entry(meetingId).loading,
    apply: (meetingId, command, ctx) => {
      const e = entry(meetingId);
      return serial(e, async () => {
        const meeting = await e.loading;
        if (!meeting) return { ok: false, error: 'not_found' };
        const outcome = applyCommand(meeting.state, command, {
          ...ctx,
          agendaMinutes: meeting.row.agenda.map((i) => i.minutes),
          now: now(),
        });
        if (!outcome.ok || outcome.state === meeting.state) return outcome;
        await store(db, meetingId, outcome.state);
        meeting.state = outcome.state;
        return outcome;
      });
    },
    reload: async (meetingId) => {
      const e = entries.get(meetingId);
      if (!e) return;
      await serial(e, async () => {
        const meeting = await e.loading;
        const row = await findMeeting(db, meetingId);
        if (meeting && row) meeting.row = row;
      });
    },
    forget: (meetingId) => entries.delete(meetingId),
  };
}
