import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import { addCaseMemberBody, caseMemberView } from '../../shared/caseApi';
import { caseMembers, memberships, users } from '../db/schema';
import { conflict, notFound } from '../http/errors';
import type { App, Deps } from '../http/types';
import { auditCase, caseFor } from './requestCase';
import { caseDocName, coveredAgencies } from './store';

export function caseMemberRoutes(app: App, { db, config, events }: Deps) {
  const caseParams = z.object({ caseId: id });
  const memberParams = z.object({ caseId: id, userId: id });
  const idle = config.caseIdleMs;

  app.get(
    '/api/cases/:caseId/members',
    { schema: { params: caseParams, response: { 200: z.array(caseMemberView) } } },
    async (request) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'listMembers', idle);
      const rows = await db
        .select({
          userId: caseMembers.userId,
          displayName: users.displayName,
          agency: caseMembers.agency,
          councilRole: memberships.role,
          pledgedAt: caseMembers.pledgedAt,
          addedAt: caseMembers.addedAt,
        })
        .from(caseMembers)
        .innerJoin(users, eq(caseMembers.userId, users.id))
        .innerJoin(
          memberships,
          and(
            eq(memberships.userId, caseMembers.userId),
            eq(memberships.councilId, loaded.row.councilId),
          ),
        )
        .where(eq(caseMembers.caseId, loaded.row.id))
        .orderBy(asc(caseMembers.addedAt));
      return rows.map((r) => ({
        ...r,
        pledgedAt: r.pledgedAt?.toISOString() ?? null,
        addedAt: r.addedAt.toISOString(),
      }));
    },
  );

  app.post(
    '/api/cases/:caseId/members',
    { schema: { params: caseParams, body: addCaseMemberBody } },
    async (request, reply) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'manageMembers', idle);
      const { userId, agency } = request.body;
      const [councilMember] = await db
        .select({ role: memberships.role })
        .from(memberships)
        .where(
          and(eq(memberships.councilId, loaded.row.councilId), eq(memberships.userId, userId)),
        );
      if (!councilMember || councilMember.role === 'guest') {
        throw notFound('A council member or secretariat with that id');
      }
      if (loaded.resource.members.has(userId))
        throw conflict('That person is already a member of this case.');
      // Consent is given for sharing with agencies: a new member's agency must be covered first.
      if (
        loaded.row.legalBasis === 'consentMeeting' &&
        !coveredAgencies(loaded.consents).has(agency)
      ) {
        throw conflict(
          `The person's consent does not cover ${agency}. Record consent that includes this agency before adding its staff.`,
        );
      }
      await db.insert(caseMembers).values({ caseId: loaded.row.id, userId, agency });
      await auditCase(db, request, loaded, 'case.memberAdd', { userId, agency });
      events.emitDocumentAccessChanged(caseDocName(loaded.row.id));
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/cases/:caseId/members/:userId',
    { schema: { params: memberParams } },
    async (request, reply) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'manageMembers', idle);
      const { userId } = request.params;
      if (!loaded.resource.members.has(userId)) throw notFound('That case member');
      await db
        .delete(caseMembers)
        .where(and(eq(caseMembers.caseId, loaded.row.id), eq(caseMembers.userId, userId)));
      await auditCase(db, request, loaded, 'case.memberRemove', { userId });
      events.emitDocumentAccessChanged(caseDocName(loaded.row.id));
      return reply.code(204).send();
    },
  );
}
