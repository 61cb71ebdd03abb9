import { z } from 'zod';
import { id } from '../../shared/api';
import {
  cardEventView,
  cardView as cardSchema,
  createCardBody,
  duplicateCardView,
  updateCardBody,
} from '../../shared/cardApi';
import { meetingSummary } from '../../shared/meeting/meetingApi';
import { notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { can } from '../policies';
import { changeCard, createCard, DuplicateCardError } from './cardChanges';
import { meetingsOfCard } from './cardLinks';
import { cardHistory } from './history';
import { requireTerm } from './requestTerm';
import { cardView, findCard, findTerm, termResource } from './store';

export function cardRoutes(app: App, { db, events }: Deps) {
  app.post(
    '/api/terms/:termId/cards',
    {
      schema: {
        params: z.object({ termId: id }),
        body: createCardBody,
        response: { 201: cardSchema, 409: duplicateCardView },
      },
    },
    async (request, reply) => {
      const { actor, user } = requireUser(request);
      const term = await requireTerm(db, actor, request.params.termId, 'edit');
      try {
        const row = await createCard(db, term, request.body, user.id);
        events.emitTermChanged(term.councilId, term.id);
        return reply.code(201).send(cardView(row));
      } catch (error) {
        if (!(error instanceof DuplicateCardError)) throw error;
        return reply
          .code(409)
          .send({ error: error.code, message: error.message, cardId: error.cardId });
      }
    },
  );

  const cardParams = z.object({ cardId: id });

  /** The card, if the actor may read its term; otherwise it is not found. */
  const readableCard = async (request: Parameters<typeof requireUser>[0], cardId: string) => {
    const { actor } = requireUser(request);
    const row = await findCard(db, cardId);
    const term = row && (await findTerm(db, row.termId));
    if (!row || !term || !can(actor, 'read', termResource(term))) throw notFound('That card');
    return row;
  };

  app.get(
    '/api/cards/:cardId',
    { schema: { params: cardParams, response: { 200: cardSchema } } },
    async (request) => cardView(await readableCard(request, request.params.cardId)),
  );

  app.get(
    '/api/cards/:cardId/history',
    { schema: { params: cardParams, response: { 200: z.array(cardEventView) } } },
    async (request) => {
      const row = await readableCard(request, request.params.cardId);
      return cardHistory(db, row.id);
    },
  );

  app.get(
    '/api/cards/:cardId/meetings',
    { schema: { params: cardParams, response: { 200: z.array(meetingSummary) } } },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await readableCard(request, request.params.cardId);
      return meetingsOfCard(db, actor, row);
    },
  );

  app.patch(
    '/api/cards/:cardId',
    { schema: { params: cardParams, body: updateCardBody, response: { 200: cardSchema } } },
    async (request) => {
      const { actor, user } = requireUser(request);
      const row = await readableCard(request, request.params.cardId);
      // Which issue a card is a sub-item of is the secretariat's to decide.
      const term = await requireTerm(
        db,
        actor,
        row.termId,
        request.body.parentId === undefined ? 'edit' : 'manage',
      );
      const updated = await changeCard(db, row, request.body, user.id);
      events.emitTermChanged(term.councilId, term.id);
      return cardView(updated);
    },
  );
}
