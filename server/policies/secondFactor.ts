import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseMembers, caseSpaces, councils, memberships } from '../db/schema';

// Who must use a second factor, and what it gates. Each council decides from when
// (`councils.second_factor_required_from`, the FY2027 start unless it sets another day) and who
// (`second_factor_for`): the members of its case spaces always, its secretariat too by default,
// or everyone in it. They are asked to set one up, and from that day a case of the council opens
// (HTTP or socket) only to a session signed in with one, whoever else the council asks.

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
 * When the person must have a second factor from (the earliest of the councils that ask them: as
 * a case member, as its secretariat or as anyone in it, as each council chose), or null when none
 * does.
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
      or(
        inArray(councils.id, inCases),
        and(eq(councils.secondFactorFor, 'everyone'), isNotNull(memberships.userId)),
        and(eq(councils.secondFactorFor, 'secretariat'), eq(memberships.role, 'secretariat')),
      ),
    );
  const times = rows.map((r) => r.from.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}
