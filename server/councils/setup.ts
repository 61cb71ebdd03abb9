import { count } from 'drizzle-orm';
import type { SetupBody } from '../../shared/api';
import { startOfJapanDay } from '../../shared/councilDay';
import { hashPassword } from '../auth/password';
import { firstTerm } from '../cards/firstTerm';
import type { Db } from '../db/client';
import { councils, memberships, terms, users } from '../db/schema';
import { conflict } from '../http/errors';

export async function isSetupRequired(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(councils);
  return (row?.n ?? 0) === 0;
}

/**
 * Creates the council and its first secretariat account. Only while no council exists: once
 * set up, new people join by invitation.
 */
export async function setupCouncil(db: Db, input: SetupBody) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Serialises concurrent setups so exactly one wins.
    await tx.execute('LOCK TABLE councils IN EXCLUSIVE MODE');
    if (!(await isSetupRequired(tx as unknown as Db))) {
      throw conflict('This Tsunagu is already set up. Ask the secretariat for an invitation.');
    }
    const [council] = await tx
      .insert(councils)
      .values({
        name: input.councilName,
        // Left out, the column's default: the FY2027 start.
        ...(input.secondFactorRequiredFrom
          ? { secondFactorRequiredFrom: startOfJapanDay(input.secondFactorRequiredFrom) }
          : {}),
      })
      .returning();
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, displayName: input.displayName, passwordHash })
      .returning({ id: users.id });
    if (!council || !user) throw new Error('setup insert returned nothing');
    await tx
      .insert(memberships)
      .values({ councilId: council.id, userId: user.id, role: 'secretariat' });
    await tx.insert(terms).values({ councilId: council.id, ...firstTerm(new Date()) });
    return { councilId: council.id, userId: user.id };
  });
}
