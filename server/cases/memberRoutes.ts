import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { id } from '../../shared/api';
import {
  addCaseMemberBody,
  addCaseMemberView,
  caseMemberRequestView,
  caseMemberView,
} from '../../shared/caseApi';
import { caseMemberRequests, caseMembers, memberships, users } from '../db/schema';
import { conflict, HttpError, notFound } from '../http/errors';
import type { App, Deps } from '../http/types';
import { can } from '../policies';
import { auditCase, caseFor } from './requestCase';
import { caseDocName, coveredAgencies, type LoadedCase } from './store';

export function caseMemberRoutes(app: App, { db, config, events }: Deps) {
  const caseParams = z.object({ caseId: id });
  const memberParams = z.object({ caseId: id, userId: id });
  const idle = config.caseIdleMs;

  /** The council role of the person to add; guests and outsiders cannot join a case. */
  const councilRoleOf = async (councilId: string, userId: string) => {
    const [councilMember] = await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId)));
    if (!councilMember || councilMember.role === 'guest') {
      throw notFound('A council member or secretariat with that id');
    }
    return councilMember.role;
  };

  // Consent is given for sharing with agencies: a new member's agency must be covered first.
  const checkConsentCovers = (loaded: LoadedCase, agency: string) => {
    if (
      loaded.row.legalBasis === 'consentMeeting' &&
      !coveredAgencies(loaded.consents).has(agency)
    ) {
      throw conflict(
        `The person's consent does not cover ${agency}. Record consent that includes this agency before adding its staff.`,
      );
    }
  };

  const addMember = async (
    request: FastifyRequest,
    loaded: LoadedCase,
    userId: string,
    agency: string,
    secretariatAccount: boolean,
  ) => {
    await db.insert(caseMembers).values({ caseId: loaded.row.id, userId, agency });
    await auditCase(db, request, loaded, 'case.memberAdd', {
      userId,
      agency,
      ...(secretariatAccount
        ? { secretariatAccount: true, confirmedBy: request.actor?.userId ?? null }
        : {}),
    });
    events.emitDocumentAccessChanged(caseDocName(loaded.row.id));
  };

  const takeRequest = async (caseId: string, userId: string) => {
    const [row] = await db
      .delete(caseMemberRequests)
      .where(and(eq(caseMemberRequests.caseId, caseId), eq(caseMemberRequests.userId, userId)))
      .returning();
    if (!row) throw notFound('A request to add that person');
    return row;
  };

  const namesOf = async (ids: (string | null)[]) => {
    const wanted = [...new Set(ids.filter((x) => x !== null))];
    const rows = wanted.length
      ? await db
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(inArray(users.id, wanted))
      : [];
    return new Map(rows.map((r) => [r.id, r.name]));
  };

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
    {
      schema: {
        params: caseParams,
        body: addCaseMemberBody,
        response: { 202: addCaseMemberView, 204: z.null() },
      },
    },
    async (request, reply) => {
      const { loaded, actor } = await caseFor(
        db,
        request,
        request.params.caseId,
        'manageMembers',
        idle,
      );
      const { userId, agency } = request.body;
      if (userId === actor.userId) {
        throw new HttpError(
          403,
          'cannot_add_self',
          'You cannot add yourself to a case. Ask one of its members to add you.',
        );
      }
      const role = await councilRoleOf(loaded.row.councilId, userId);
      if (loaded.resource.members.has(userId))
        throw conflict('That person is already a member of this case.');
      checkConsentCovers(loaded, agency);
      // A secretariat account joins only with the confirmation of someone already in the case.
      if (role === 'secretariat' && !can(actor, 'confirmMember', loaded.resource)) {
        await db
          .insert(caseMemberRequests)
          .values({ caseId: loaded.row.id, userId, agency, requestedBy: actor.userId })
          .onConflictDoNothing();
        await auditCase(db, request, loaded, 'case.memberRequest', {
          userId,
          agency,
          secretariatAccount: true,
        });
        return reply.code(202).send({ status: 'awaitingConfirmation' });
      }
      await addMember(request, loaded, userId, agency, role === 'secretariat');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/cases/:caseId/member-requests',
    { schema: { params: caseParams, response: { 200: z.array(caseMemberRequestView) } } },
    async (request) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'listMembers', idle);
      const rows = await db
        .select({
          userId: caseMemberRequests.userId,
          displayName: users.displayName,
          agency: caseMemberRequests.agency,
          requestedBy: caseMemberRequests.requestedBy,
          requestedAt: caseMemberRequests.requestedAt,
        })
        .from(caseMemberRequests)
        .innerJoin(users, eq(caseMemberRequests.userId, users.id))
        .where(eq(caseMemberRequests.caseId, loaded.row.id))
        .orderBy(asc(caseMemberRequests.requestedAt));
      const requesters = await namesOf(rows.map((r) => r.requestedBy));
      return rows.map((r) => ({
        userId: r.userId,
        displayName: r.displayName,
        agency: r.agency,
        requestedByName: r.requestedBy ? (requesters.get(r.requestedBy) ?? null) : null,
        requestedAt: r.requestedAt.toISOString(),
      }));
    },
  );

  app.post(
    '/api/cases/:caseId/member-requests/:userId/confirm',
    { schema: { params: memberParams } },
    async (request, reply) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'confirmMember', idle);
      const request_ = await takeRequest(loaded.row.id, request.params.userId);
      checkConsentCovers(loaded, request_.agency);
      await addMember(request, loaded, request_.userId, request_.agency, true);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/cases/:caseId/member-requests/:userId',
    { schema: { params: memberParams } },
    async (request, reply) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'manageMembers', idle);
      const { userId } = await takeRequest(loaded.row.id, request.params.userId);
      await auditCase(db, request, loaded, 'case.memberRequestDecline', {
        userId,
        secretariatAccount: true,
      });
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
