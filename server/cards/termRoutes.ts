import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import {
  closeTermBody,
  termBody,
  termContentsView,
  termView as termSchema,
} from '../../shared/cardApi';
import { requireCouncil } from '../councils/requestCouncil';
import { terms } from '../db/schema';
import { notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { authorize, can } from '../policies';
import { closeTerm } from './closeTerm';
import { requireTerm } from './requestTerm';
import {
  cardView,
  councilTerms,
  currentTermId,
  findTerm,
  termCards,
  termResource,
  termSubcommittees,
  termView,
} from './store';
import { subcommitteeViews } from './subcommitteePeople';

export function termRoutes(app: App, { db, events, documents }: Deps) {
  const councilParams = z.object({ councilId: id });

  app.get(
    '/api/councils/:councilId/terms',
    { schema: { params: councilParams, response: { 200: z.array(termSchema) } } },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'read');
      const current = await currentTermId(db, councilId);
      return (await councilTerms(db, councilId)).map((row) => termView(row, actor, current));
    },
  );

  app.post(
    '/api/councils/:councilId/terms',
    { schema: { params: councilParams, body: termBody, response: { 201: termSchema } } },
    async (request, reply) => {
      const { actor, councilId } = requireCouncil(request, 'manageTerms');
      const [row] = await db
        .insert(terms)
        .values({ councilId, ...request.body })
        .returning();
      if (!row) throw new Error('term insert returned nothing');
      return reply.code(201).send(termView(row, actor, await currentTermId(db, councilId)));
    },
  );

  const termParams = z.object({ termId: id });

  app.get(
    '/api/terms/:termId',
    { schema: { params: termParams, response: { 200: termContentsView } } },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await findTerm(db, request.params.termId);
      if (!row || !can(actor, 'read', termResource(row))) throw notFound('That term');
      const [current, subcommittees, cards] = await Promise.all([
        currentTermId(db, row.councilId),
        termSubcommittees(db, row.id),
        termCards(db, row.id),
      ]);
      return {
        term: termView(row, actor, current),
        subcommittees: await subcommitteeViews(db, subcommittees),
        cards: cards.map(cardView),
      };
    },
  );

  app.patch(
    '/api/terms/:termId',
    { schema: { params: termParams, body: termBody, response: { 200: termSchema } } },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await findTerm(db, request.params.termId);
      if (!row || !can(actor, 'read', termResource(row))) throw notFound('That term');
      authorize(actor, 'manage', termResource(row));
      const [updated] = await db
        .update(terms)
        .set(request.body)
        .where(eq(terms.id, row.id))
        .returning();
      if (!updated) throw notFound('That term');
      return termView(updated, actor, await currentTermId(db, row.councilId));
    },
  );

  app.post(
    '/api/terms/:termId/close',
    { schema: { params: termParams, body: closeTermBody, response: { 201: termSchema } } },
    async (request, reply) => {
      const { actor, user } = requireUser(request);
      const term = await requireTerm(db, actor, request.params.termId, 'manage');
      const { next, decisions } = request.body;
      const opened = await closeTerm(db, documents, term, next, decisions, user.id);
      events.emitTermChanged(term.councilId, term.id);
      return reply.code(201).send(termView(opened, actor, await currentTermId(db, term.councilId)));
    },
  );
}
