import { z } from 'zod';
import { id } from '../../shared/api';
import { citableAgencyView, citingCardView } from '../../shared/cardApi';
import { entryId } from '../../shared/document/fieldSchemas';
import { boardResource, findBoard } from '../boards/store';
import { requireCouncil } from '../councils/requestCouncil';
import { notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { can } from '../policies';
import { cardsCitingAgency, citableAgencies } from './citations';

/** The two ends of a citation: what a card may cite, and which cards cite an agency. */
export function citationRoutes(app: App, { db, documents }: Deps) {
  app.get(
    '/api/councils/:councilId/citable-agencies',
    {
      schema: {
        params: z.object({ councilId: id }),
        response: { 200: z.array(citableAgencyView) },
      },
    },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'read');
      return citableAgencies(db, documents, actor, councilId);
    },
  );

  app.get(
    '/api/boards/:boardId/agencies/:agencyId/cards',
    {
      schema: {
        params: z.object({ boardId: id, agencyId: entryId }),
        response: { 200: z.array(citingCardView) },
      },
    },
    async (request) => {
      const { actor } = requireUser(request);
      const board = await findBoard(db, request.params.boardId);
      // Another council's board and a missing one look the same.
      if (!board || !can(actor, 'read', boardResource(board))) throw notFound('That board');
      return cardsCitingAgency(db, documents, actor, board, request.params.agencyId);
    },
  );
}
