import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import { cardView as cardSchema, createCardBody, updateCardBody } from '../../shared/cardApi';
import type { Db } from '../db/client';
import { issueCards } from '../db/schema';
import { badRequest, notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { can } from '../policies';
import { requireTerm } from './requestTerm';
import {
  cardView,
  findCard,
  findSubcommittee,
  findTerm,
  recordCardEvent,
  termResource,
} from './store';

/** A 部会 or parent card given for a card must belong to the same term. */
async function checkSameTerm(
  db: Db,
  termId: string,
  refs: { subcommitteeId?: string | null; parentId?: string | null },
): Promise<void> {
  if (refs.subcommitteeId) {
    const sub = await findSubcommittee(db, refs.subcommitteeId);
    if (sub?.termId !== termId) throw badRequest('That subcommittee is not in this term.');
  }
  if (refs.parentId) {
    const parent = await findCard(db, refs.parentId);
    if (parent?.termId !== termId) throw badRequest('That parent card is not in this term.');
  }
}

export function cardRoutes(app: App, { db, events }: Deps) {
  app.post(
    '/api/terms/:termId/cards',
    {
      schema: {
        params: z.object({ termId: id }),
        body: createCardBody,
        response: { 201: cardSchema },
      },
    },
    async (request, reply) => {
      const { actor, user } = requireUser(request);
      const term = await requireTerm(db, actor, request.params.termId, 'edit');
      await checkSameTerm(db, term.id, request.body);
      const [row] = await db
        .insert(issueCards)
        .values({ councilId: term.councilId, termId: term.id, createdBy: user.id, ...request.body })
        .returning();
      if (!row) throw new Error('card insert returned nothing');
      await recordCardEvent(db, { cardId: row.id, kind: 'created', actorId: user.id });
      events.emitTermChanged(term.councilId, term.id);
      return reply.code(201).send(cardView(row));
    },
  );

  const cardParams = z.object({ cardId: id });

  app.get(
    '/api/cards/:cardId',
    { schema: { params: cardParams, response: { 200: cardSchema } } },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await findCard(db, request.params.cardId);
      const term = row && (await findTerm(db, row.termId));
      if (!row || !term || !can(actor, 'read', termResource(term))) throw notFound('That card');
      return cardView(row);
    },
  );

  app.patch(
    '/api/cards/:cardId',
    { schema: { params: cardParams, body: updateCardBody, response: { 200: cardSchema } } },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await findCard(db, request.params.cardId);
      if (!row) throw notFound('That card');
      const term = await requireTerm(db, actor, row.termId, 'edit');
      const [updated] = await db
        .update(issueCards)
        .set(request.body)
        .where(eq(issueCards.id, row.id))
        .returning();
      if (!updated) throw notFound('That card');
      events.emitTermChanged(term.councilId, term.id);
      return cardView(updated);
    },
  );
}
