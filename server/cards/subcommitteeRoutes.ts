import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import {
  subcommitteeBody,
  subcommitteeView as subcommitteeSchema,
  updateSubcommitteeBody,
} from '../../shared/cardApi';
import { subcommittees } from '../db/schema';
import { notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { requireTerm } from './requestTerm';
import { findSubcommittee } from './store';
import { requireCouncilPeople, subcommitteeView } from './subcommitteePeople';

/** Each member once, in the order first named. */
const withDistinctMembers = <T extends { memberIds?: string[] | undefined }>(body: T): T =>
  body.memberIds ? { ...body, memberIds: [...new Set(body.memberIds)] } : body;

export function subcommitteeRoutes(app: App, { db, events }: Deps) {
  app.post(
    '/api/terms/:termId/subcommittees',
    {
      schema: {
        params: z.object({ termId: id }),
        body: subcommitteeBody,
        response: { 201: subcommitteeSchema },
      },
    },
    async (request, reply) => {
      const { actor } = requireUser(request);
      const term = await requireTerm(db, actor, request.params.termId, 'manage');
      const body = withDistinctMembers(request.body);
      await requireCouncilPeople(db, term.councilId, body);
      const [row] = await db
        .insert(subcommittees)
        .values({ councilId: term.councilId, termId: term.id, ...body })
        .returning();
      if (!row) throw new Error('subcommittee insert returned nothing');
      events.emitTermChanged(term.councilId, term.id);
      return reply.code(201).send(await subcommitteeView(db, row));
    },
  );

  app.patch(
    '/api/subcommittees/:subcommitteeId',
    {
      schema: {
        params: z.object({ subcommitteeId: id }),
        body: updateSubcommitteeBody,
        response: { 200: subcommitteeSchema },
      },
    },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await findSubcommittee(db, request.params.subcommitteeId);
      if (!row) throw notFound('That subcommittee');
      const term = await requireTerm(db, actor, row.termId, 'manage');
      const body = withDistinctMembers(request.body);
      await requireCouncilPeople(db, term.councilId, body);
      const [updated] = await db
        .update(subcommittees)
        .set(body)
        .where(eq(subcommittees.id, row.id))
        .returning();
      if (!updated) throw notFound('That subcommittee');
      events.emitTermChanged(term.councilId, term.id);
      return subcommitteeView(db, updated);
    },
  );
}
