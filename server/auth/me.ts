import { eq } from 'drizzle-orm';
import type { MeView } from '../../shared/api';
import { COUNCIL_ACTIONS } from '../../shared/domain';
import type { Db } from '../db/client';
import { councils, memberships, users } from '../db/schema';
import { unauthorized } from '../http/errors';
import { type Actor, allowed } from '../policies';

/**
 * The signed-in person as the client knows them: their account and their councils, each with the
 * `can` flags the client shows and hides by. Answered by /api/me and by every route that signs
 * someone in (sign-in, setup, an accepted invitation, a second factor).
 */
export async function loadMe(db: Db, userId: string): Promise<MeView> {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      furigana: users.furigana,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw unauthorized();
  const rows = await db
    .select({ id: councils.id, name: councils.name, role: memberships.role })
    .from(memberships)
    .innerJoin(councils, eq(memberships.councilId, councils.id))
    .where(eq(memberships.userId, userId))
    .orderBy(councils.createdAt);
  const actor: Actor = { userId, roles: new Map(rows.map((r) => [r.id, r.role])) };
  return {
    user,
    councils: rows.map((row) => ({
      ...row,
      can: allowed(actor, COUNCIL_ACTIONS, { type: 'council', id: row.id }),
    })),
  };
}
