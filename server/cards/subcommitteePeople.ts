// Who sits on a 部会: its chair and members are people of the council, checked when the
// secretariat names them and given with their names wherever a 部会 is shown (every reader of
// the term sees who sits on it, guests too, who cannot list the council's members).
import { and, eq, inArray } from 'drizzle-orm';
import type { SubcommitteeView } from '../../shared/cardApi';
import type { Db } from '../db/client';
import { memberships, users } from '../db/schema';
import { HttpError } from '../http/errors';
import type { SubcommitteeRow } from './store';

/** Refuses (400 `not_council_member`) a chair or member who does not belong to the council. */
export async function requireCouncilPeople(
  db: Db,
  councilId: string,
  body: { chairId?: string | null | undefined; memberIds?: readonly string[] | undefined },
): Promise<void> {
  const ids = [...new Set([...(body.chairId ? [body.chairId] : []), ...(body.memberIds ?? [])])];
  if (ids.length === 0) return;
  const found = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.councilId, councilId), inArray(memberships.userId, ids)));
  if (found.length < ids.length) {
    throw new HttpError(
      400,
      'not_council_member',
      'The chair and the members of a subcommittee must belong to the council.',
    );
  }
}

/** The 部会 as the API shows them, with their people's names (one query for all of them). */
export async function subcommitteeViews(
  db: Db,
  rows: readonly SubcommitteeRow[],
): Promise<SubcommitteeView[]> {
  const ids = [
    ...new Set(rows.flatMap((row) => [...(row.chairId ? [row.chairId] : []), ...row.memberIds])),
  ];
  const named =
    ids.length === 0
      ? []
      : await db
          .select({ userId: users.id, displayName: users.displayName })
          .from(users)
          .where(inArray(users.id, ids));
  const byId = new Map(named.map((person) => [person.userId, person]));
  return rows.map((row) => ({
    id: row.id,
    termId: row.termId,
    name: row.name,
    purpose: row.purpose,
    chair: (row.chairId && byId.get(row.chairId)) || null,
    members: row.memberIds.flatMap((userId) => byId.get(userId) ?? []),
  }));
}

export async function subcommitteeView(db: Db, row: SubcommitteeRow): Promise<SubcommitteeView> {
  const [view] = await subcommitteeViews(db, [row]);
  if (!view) throw new Error('no view of a subcommittee');
  return view;
}
