import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { meetingAttendees } from '../db/schema';

// Who joined a meeting live, for its minutes: each person once, with the name they had when they
// first joined (a guest's is the one they gave at the link).

export type Attendee = { participantId: string; kind: 'member' | 'guest'; displayName: string };

/**
 * Records that someone joined the meeting; joining again (a reconnect) changes nothing. True when
 * this was their first time.
 */
export async function recordAttendee(db: Db, meetingId: string, who: Attendee): Promise<boolean> {
  const added = await db
    .insert(meetingAttendees)
    .values({ meetingId, ...who })
    .onConflictDoNothing({ target: [meetingAttendees.meetingId, meetingAttendees.participantId] })
    .returning({ participantId: meetingAttendees.participantId });
  return added.length > 0;
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
