import { eq } from 'drizzle-orm';
import type { Role } from '../../shared/domain';
import type { Db } from '../db/client';
import { memberships } from '../db/schema';
import type { Actor } from '../policies';

/** Loads the roles `can` decides from; read fresh on each request so a change applies at once. */
export async function loadActor(db: Db, userId: string): Promise<Actor> {
  const rows = await db
    .select({ councilId: memberships.councilId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return { userId, roles: new Map<string, Role>(rows.map((r) => [r.councilId, r.role])) };
}
