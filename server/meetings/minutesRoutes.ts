import { z } from 'zod';
import { id } from '../../shared/api';
import {
  cardMeetingActionView,
  closeMeetingView,
  minutesView,
} from '../../shared/meeting/minutesApi';
import { documentQuery } from '../../shared/reports/reportApi';
import { lineageOf } from '../cards/history';
import { findCard, findTerm, termResource } from '../cards/store';
import { notFound } from '../http/errors';
import { requireActor, requireUser } from '../http/requestAuth';
import { languageOf } from '../http/requestLanguage';
import { sendDocx } from '../http/sendDocx';
import type { App, Deps } from '../http/types';
import { type Actor, authorize, can } from '../policies';
import { actionsOnCards } from './cardActions';
import { closeMeeting } from './closeMeeting';
import { minutesDocx } from './minutesDocx';
import { buildMinutes } from './minutesView';
import { findMeeting, meetingResource } from './store';

export function minutesRoutes(app: App, { db, documents, events, config }: Deps) {
  const meetingParams = z.object({ meetingId: id });

  const readable = async (actor: Actor, meetingId: string) => {
    const row = await findMeeting(db, meetingId);
    // Not found and not allowed look the same, so ids reveal nothing.
    if (!row || !can(actor, 'read', meetingResource(row))) throw notFound('That meeting');
    return row;
  };

  // The minutes as data, for the print view (guests by link read their meeting's too).
  app.get(
    '/api/meetings/:meetingId/minutes',
    { schema: { params: meetingParams, response: { 200: minutesView } } },
    async (request) => {
      const { actor } = requireActor(request);
      const row = await readable(actor, request.params.meetingId);
      return buildMinutes(db, documents, actor, row);
    },
  );

  app.get(
    '/api/meetings/:meetingId/minutes.docx',
    { schema: { params: meetingParams, querystring: documentQuery } },
    async (request, reply) => {
      const { actor } = requireActor(request);
      const row = await readable(actor, request.params.meetingId);
      const view = await buildMinutes(db, documents, actor, row);
      const language = request.query.lang ?? languageOf(request.headers['accept-language']);
      const file = await minutesDocx(view, language);
      return sendDocx(reply, `${view.meeting.title}_議事録.docx`, file);
    },
  );

  // Closing freezes the minutes and puts their action items on their cards; closing again
  // finishes an interrupted close (closeMeeting.ts).
  app.post(
    '/api/meetings/:meetingId/close',
    { schema: { params: meetingParams, response: { 200: closeMeetingView } } },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await readable(actor, request.params.meetingId);
      authorize(actor, 'close', meetingResource(row));
      const closed = await closeMeeting(db, documents, events, row, actor, {
        request,
        idleLimitMs: config.caseIdleMs,
      });
      return {
        closedAt: (closed.meeting.closedAt ?? new Date()).toISOString(),
        placed: closed.placed.length,
        refused: closed.refused.length,
      };
    },
  );

  // What the card got from meetings' minutes, across the terms it was carried through.
  app.get(
    '/api/cards/:cardId/meeting-actions',
    {
      schema: {
        params: z.object({ cardId: id }),
        response: { 200: z.array(cardMeetingActionView) },
      },
    },
    async (request) => {
      const { actor } = requireUser(request);
      const card = await findCard(db, request.params.cardId);
      const term = card && (await findTerm(db, card.termId));
      if (!card || !term || !can(actor, 'read', termResource(term))) throw notFound('That card');
      const rows = await actionsOnCards(db, await lineageOf(db, card.id));
      return rows.map((row) => ({
        meetingId: row.meetingId,
        itemId: row.itemId,
        meetingTitle: row.meetingTitle,
        meetingStartsAt: row.meetingStartsAt.toISOString(),
        text: row.text,
        owner: row.ownerName,
        due: row.due,
      }));
    },
  );
}
