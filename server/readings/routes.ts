import { z } from 'zod';
import { id } from '../../shared/api';
import {
  annotateBody,
  annotateView,
  councilReadingBody,
  councilReadingView,
} from '../../shared/readings/readingsApi';
import { appendAudit } from '../audit/auditLog';
import { requireCouncil } from '../councils/requestCouncil';
import { notFound } from '../http/errors';
import { requireActor } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { findMeeting, meetingResource } from '../meetings/store';
import { authorize, can } from '../policies';
import { type Annotate, createAnnotator } from './annotator';
import { councilWords, listReadings, removeReading, setReading } from './councilReadings';

// ふりがな for user text, asked for by pages with readings on: the council's people for their
// council, a guest for the open meeting they joined. The council's own readings of names apply;
// the secretariat keeps them (each change in the audit log).

// Per person (a guest is one too), not per address: a hall of guests shares one address.
export const ANNOTATE_PER_MINUTE = 120;

const params = z.object({ councilId: id });

export function readingsRoutes(app: App, { db }: Deps, annotate: Annotate = createAnnotator()) {
  app.post(
    '/api/readings',
    {
      config: {
        rateLimit: {
          max: ANNOTATE_PER_MINUTE,
          timeWindow: '1 minute',
          // After the session is known, so the limit is the person's.
          hook: 'preHandler',
          keyGenerator: (request) => `readings:${request.actor?.userId ?? request.ip}`,
        },
      },
      schema: { body: annotateBody, response: { 200: annotateView } },
    },
    async (request) => {
      const { actor } = requireActor(request);
      const { councilId, meetingId, texts } = request.body;
      let council = councilId;
      if (meetingId !== undefined) {
        const row = await findMeeting(db, meetingId);
        if (!row || !can(actor, 'read', meetingResource(row))) throw notFound('That meeting');
        council = row.councilId;
      } else if (councilId !== undefined) {
        authorize(actor, 'read', { type: 'council', id: councilId });
      }
      if (council === undefined) throw notFound('That council');
      return { ruby: await annotate(texts, await councilWords(db, council)) };
    },
  );

  app.get(
    '/api/councils/:councilId/readings',
    { schema: { params, response: { 200: z.array(councilReadingView) } } },
    async (request) => {
      const { councilId } = requireCouncil(request, 'manageReadings');
      return listReadings(db, councilId);
    },
  );

  app.put(
    '/api/councils/:councilId/readings',
    {
      schema: { params, body: councilReadingBody, response: { 200: z.array(councilReadingView) } },
    },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'manageReadings');
      const { word, reading } = request.body;
      const { before } = await setReading(db, councilId, { word, reading }, actor.userId);
      if (before !== reading) {
        await appendAudit(db, {
          councilId,
          caseId: null,
          actorId: actor.userId,
          action: 'council.readingChange',
          detail: { word, from: before, to: reading },
          ip: request.ip,
        });
      }
      return listReadings(db, councilId);
    },
  );

  app.delete(
    '/api/councils/:councilId/readings/:readingId',
    {
      schema: {
        params: params.extend({ readingId: id }),
        response: { 200: z.array(councilReadingView) },
      },
    },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'manageReadings');
      const removed = await removeReading(db, councilId, request.params.readingId);
      if (!removed) throw notFound('That reading');
      await appendAudit(db, {
        councilId,
        caseId: null,
        actorId: actor.userId,
        action: 'council.readingChange',
        detail: { word: removed.word, from: removed.reading, to: null },
        ip: request.ip,
      });
      return listReadings(db, councilId);
    },
  );
}
