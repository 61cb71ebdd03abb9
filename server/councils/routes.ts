import { and, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { id, memberView, updateMemberBody } from '../../shared/api';
import { invalidateAllSessions } from '../auth/sessions';
import type { Db } from '../db/client';
import { memberships, passkeys, secondFactors, users } from '../db/schema';
import { conflict, notFound } from '../http/errors';
import type { App, Deps } from '../http/types';
import { requireCouncil } from './requestCouncil';

const councilParams = z.object({ councilId: id });
const memberParams = z.object({ councilId: id, userId: id });

async function secretariatCount(db: Db, councilId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.councilId, councilId), eq(memberships.role, 'secretariat')));
  return row?.n ?? 0;
}

export function councilRoutes(app: App, { db, events }: Deps) {
  app.get(
    '/api/councils/:councilId/members',
    { schema: { params: councilParams, response: { 200: z.array(memberView) } } },
    async (request) => {
      const { councilId } = requireCouncil(request, 'listMembers');
      const rows = await db
        .select({
          userId: users.id,
          displayName: users.displayName,
          email: users.email,
          role: memberships.role,
          joinedAt: memberships.createdAt,
          // An authenticator app (once confirmed) or a passkey.
          secondFactor: sql<boolean>`(exists (select 1 from ${secondFactors} where ${secondFactors.userId} = ${users.id} and ${secondFactors.confirmedAt} is not null) or exists (select 1 from ${passkeys} where ${passkeys.userId} = ${users.id}))`,
        })
        .from(memberships)
        .innerJoin(users, eq(memberships.userId, users.id))
        .where(eq(memberships.councilId, councilId))
        .orderBy(memberships.createdAt);
      return rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString() }));
    },
  );

  const findMember = async (councilId: string, userId: string) => {
    const [member] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId)));
    if (!member) throw notFound('That member');
    return member;
  };

  const keepOneSecretariat = async (councilId: string) => {
    if ((await secretariatCount(db, councilId)) <= 1) {
      throw conflict('A council needs at least one secretariat member. Appoint another one first.');
    }
  };

  app.patch(
    '/api/councils/:councilId/members/:userId',
    { schema: { params: memberParams, body: updateMemberBody } },
    async (request, reply) => {
      requireCouncil(request, 'manageMembers');
      const { councilId, userId } = request.params;
      const member = await findMember(councilId, userId);
      if (member.role === 'secretariat' && request.body.role !== 'secretariat') {
        await keepOneSecretariat(councilId);
      }
      await db
        .update(memberships)
        .set({ role: request.body.role })
        .where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId)));
      events.emitMembershipChanged(councilId, userId);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/councils/:councilId/members/:userId',
    { schema: { params: memberParams } },
    async (request, reply) => {
      requireCouncil(request, 'manageMembers');
      const { councilId, userId } = request.params;
      const member = await findMember(councilId, userId);
      if (member.role === 'secretariat') await keepOneSecretariat(councilId);
      await db
        .delete(memberships)
        .where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId)));
      const [remaining] = await db
        .select({ n: count() })
        .from(memberships)
        .where(eq(memberships.userId, userId));
      // Someone who belongs to no council any more has nothing to be signed in for.
      if ((remaining?.n ?? 0) === 0) await invalidateAllSessions(db, userId);
      events.emitMembershipChanged(councilId, userId);
      return reply.code(204).send();
    },
  );
}
