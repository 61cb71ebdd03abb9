import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { meetingAttendees } from '../db/schema';
import { createGroupCommitter } from '../realtime/groupCommit';

// Who joined a meeting live, for its minutes: each person once, with the name they had when they
// first joined (a guest's is the one they gave at the link).

export type Attendee = { participantId: string; kind: 'member' | 'guest'; displayName: string };

/**
 * Records that someone joined a meeting; joining again (a reconnect) changes nothing. Resolves
 * true when this was their first time, once stored.
 */
export type AttendeeRecorder = (meetingId: string, who: Attendee) => Promise<boolean>;

type AttendeeRow = Attendee & { meetingId: string };
const key = (row: { meetingId: string; participantId: string }) =>
  `${row.meetingId} ${row.participantId}`;

/** Joins that arrive together are stored in one INSERT (200 people joining at the start). */
export function attendeeRecorder(db: Db): AttendeeRecorder {
  const committer = createGroupCommitter<AttendeeRow, boolean>(async (rows) => {
    const added = await db
      .insert(meetingAttendees)
      .values(rows)
      .onConflictDoNothing({ target: [meetingAttendees.meetingId, meetingAttendees.participantId] })
      .returning({
        meetingId: meetingAttendees.meetingId,
        participantId: meetingAttendees.participantId,
      });
    const first = new Set(added.map(key));
    // A person in the batch twice (two tabs) came for the first time once.
    return rows.map((row) => first.delete(key(row)));
  }, 500);
  return (meetingId, who) => committer.append({ meetingId, ...who });
}

/** The people who joined, in the order they first came. */
export async function attendeesOf(db: Db, meetingId: string) {
  return db
    .select({
      participantId: meetingAttendees.participantId,
      kind: meetingAttendees.kind,
      displayName: meetingAttendees.displayName,
      joinedAt: meetingAttendees.joinedAt,
    })
    .from(meetingAttendees)
    .where(eq(meetingAttendees.meetingId, meetingId))
    .orderBy(asc(meetingAttendees.joinedAt), asc(meetingAttendees.participantId));
}
