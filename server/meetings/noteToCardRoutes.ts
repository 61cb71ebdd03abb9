import { z } from 'zod';
import { id } from '../../shared/api';
import { sendToCardBody, sentToCardView } from '../../shared/meeting/noteToCard';
import { notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { can } from '../policies';
import { sendToCard } from './noteToCard';
import { findMeeting, meetingResource } from './store';

export function noteToCardRoutes(app: App, { db, documents }: Deps) {
  app.post(
    '/api/meetings/:meetingId/notes/send-to-card',
    {
      schema: {
        params: z.object({ meetingId: id }),
        body: sendToCardBody,
        response: { 200: sentToCardView },
      },
    },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await findMeeting(db, request.params.meetingId);
      if (!row || !can(actor, 'read', meetingResource(row))) throw notFound('That meeting');
      return sendToCard(db, documents, actor, row, request.body);
    },
  );
}
