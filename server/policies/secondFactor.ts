import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseMembers, caseSpaces, councils, memberships } from '../db/schema';

// Who must use a second factor, and what it gates. Each council decides from when
// (`councils.second_factor_required_from`; null, not required, until the council sets a date):
// its secretariat and the members of its case spaces are asked to set one up, and from that
// moment a case of the council opens (HTTP or socket) only to a session signed in with it.

/** Whether a session without a second factor must be refused a case of a council that requires it from `requiredFrom`. */
export function lacksRequiredSecondFactor(
  session: { twoFactor: boolean },
  requiredFrom: Date | null,
  now = Date.now(),
): boolean {
  return !session.twoFactor && requiredFrom !== null && requiredFrom.getTime() <= now;
}

/** The case gate: true when this session may not open a case of `councilId` for want of a second factor. */
export async function caseNeedsSecondFactor(
  db: Db,
  session: { twoFactor: boolean },
  councilId: string,
): Promise<boolean> {
  if (session.twoFactor) return false;
  const [council] = await db
    .select({ from: councils.secondFactorRequiredFrom })
    .from(councils)
    .where(eq(councils.id, councilId));
  return lacksRequiredSecondFactor(session, council?.from ?? null);
}

/**
 * When the person must have a second factor from (the earliest of the councils where they are
 * secretariat or a case member), or null when none requires it.
 */
export async function secondFactorRequiredFrom(db: Db, userId: string): Promise<Date | null> {
  const inCases = db
    .select({ councilId: caseSpaces.councilId })
    .from(caseMembers)
    .innerJoin(caseSpaces, eq(caseMembers.caseId, caseSpaces.id))
    .where(eq(caseMembers.userId, userId));
  const rows = await db
    .select({ from: councils.secondFactorRequiredFrom })
    .from(councils)
    .leftJoin(
      memberships,
      and(eq(memberships.councilId, councils.id), eq(memberships.userId, userId)),
    )
    .where(
      and(
        isNotNull(councils.secondFactorRequiredFrom),
        or(eq(memberships.role, 'secretariat'), inArray(councils.id, inCases)),
      ),
    );
  const times = rows.flatMap((r) => (r.from ? [r.from.getTime()] : []));
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}
