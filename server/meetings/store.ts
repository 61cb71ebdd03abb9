import { and, eq, inArray } from 'drizzle-orm';
import type { MeetingSummary, MeetingView } from '../../shared/meeting/meetingApi';
import type { Db } from '../db/client';
import { meetingLive, meetings, memberships, users } from '../db/schema';
import { type Actor, can, type MeetingResource } from '../policies';

export type MeetingRow = typeof meetings.$inferSelect;

export async function findMeeting(db: Db, meetingId: string): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  return row;
}

export const meetingResource = (row: MeetingRow): MeetingResource => ({
  type: 'meeting',
  id: row.id,
  councilId: row.councilId,
  facilitatorIds: row.facilitatorIds,
  closed: row.closedAt !== null,
  guestsMay: row.guestsMay,
});

export function meetingSummary(row: MeetingRow, live: boolean): MeetingSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    place: row.place,
    status: row.closedAt ? 'closed' : live ? 'live' : 'scheduled',
  };
}

/** Ids of meetings whose live mode has begun (the facilitator opened an item). */
export async function liveMeetingIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: meetingLive.meetingId })
    .from(meetingLive)
    .where(inArray(meetingLive.meetingId, ids));
  return new Set(rows.map((r) => r.id));
}

export async function meetingView(db: Db, row: MeetingRow, actor: Actor): Promise<MeetingView> {
  const resource = meetingResource(row);
  const names =
    row.facilitatorIds.length === 0
      ? []
      : await db
          .select({ userId: users.id, displayName: users.displayName })
          .from(users)
          .where(inArray(users.id, row.facilitatorIds));
  const live = await liveMeetingIds(db, [row.id]);
  return {
    ...meetingSummary(row, live.has(row.id)),
    councilId: row.councilId,
    onlineUrl: row.onlineUrl,
    facilitators: row.facilitatorIds.flatMap((id) => names.filter((n) => n.userId === id)),
    agenda: row.agenda,
    guestsMay: row.guestsMay,
    canEdit: can(actor, 'update', resource),
    canFacilitate: can(actor, 'facilitate', resource),
    canVote: can(actor, 'vote', resource),
  };
}

/** Of `userIds`, those who are not secretariat or members of the council (and so cannot steer). */
export async function notContributors(
  db: Db,
  councilId: string,
  userIds: string[],
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.councilId, councilId),
        inArray(memberships.userId, userIds),
        inArray(memberships.role, ['secretariat', 'member']),
      ),
    );
  const found = new Set(rows.map((r) => r.userId));
  return userIds.filter((id) => !found.has(id));
}
