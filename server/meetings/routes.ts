import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import {
  type MeetingBody,
  meetingBody,
  meetingSummary as meetingSummarySchema,
  meetingView as meetingViewSchema,
  savedVoteView,
} from '../../shared/meeting/meetingApi';
import { requireCouncil } from '../councils/requestCouncil';
import type { Db } from '../db/client';
import { meetings } from '../db/schema';
import { badRequest, notFound } from '../http/errors';
import { requireActor, requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { type Actor, authorize, can } from '../policies';
import {
  findMeeting,
  liveMeetingIds,
  meetingResource,
  meetingSummary,
  meetingView,
  notContributors,
} from './store';
import { endedVotes } from './votes';

/** Checks what zod cannot see alone: unique item ids, facilitators who belong to the council. */
async function checkedBody(db: Db, councilId: string, body: MeetingBody, creator: string) {
  const itemIds = new Set(body.agenda.map((item) => item.id));
  if (itemIds.size !== body.agenda.length) throw badRequest('Agenda items need distinct ids.');
  const facilitatorIds = [...new Set(body.facilitatorIds)];
  const outsiders = await notContributors(db, councilId, facilitatorIds);
  if (outsiders.length > 0) {
    throw badRequest('Facilitators must be secretariat or members of this council.');
  }
  return {
    ...body,
    startsAt: new Date(body.startsAt),
    // Whoever creates a meeting without naming anyone runs it.
    facilitatorIds: facilitatorIds.length > 0 ? facilitatorIds : [creator],
  };
}

export function meetingRoutes(app: App, { db, events }: Deps) {
  const councilParams = z.object({ councilId: id });
  const meetingParams = z.object({ meetingId: id });

  const readable = async (actor: Actor, meetingId: string) => {
    const row = await findMeeting(db, meetingId);
    // Not found and not allowed look the same, so ids reveal nothing.
    if (!row || !can(actor, 'read', meetingResource(row))) throw notFound('That meeting');
    return row;
  };

  app.get(
    '/api/councils/:councilId/meetings',
    { schema: { params: councilParams, response: { 200: z.array(meetingSummarySchema) } } },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'read');
      const rows = (
        await db
          .select()
          .from(meetings)
          .where(eq(meetings.councilId, councilId))
          .orderBy(asc(meetings.startsAt))
      ).filter((row) => can(actor, 'read', meetingResource(row)));
      const live = await liveMeetingIds(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((row) => meetingSummary(row, live.has(row.id)));
    },
  );

  app.post(
    '/api/councils/:councilId/meetings',
    {
      schema: { params: councilParams, body: meetingBody, response: { 201: meetingViewSchema } },
    },
    async (request, reply) => {
      const { actor, user, councilId } = requireCouncil(request, 'createMeeting');
      const values = await checkedBody(db, councilId, request.body, user.id);
      const [row] = await db
        .insert(meetings)
        .values({ ...values, councilId, createdBy: user.id })
        .returning();
      if (!row) throw new Error('meeting insert returned nothing');
      return reply.code(201).send(await meetingView(db, row, actor));
    },
  );

  app.get(
    '/api/meetings/:meetingId',
    { schema: { params: meetingParams, response: { 200: meetingViewSchema } } },
    async (request) => {
      // Guests by link read the meeting they joined (the policy confines them to it).
      const { actor } = requireActor(request);
      return meetingView(db, await readable(actor, request.params.meetingId), actor);
    },
  );

  app.put(
    '/api/meetings/:meetingId',
    { schema: { params: meetingParams, body: meetingBody, response: { 200: meetingViewSchema } } },
    async (request) => {
      const { actor, user } = requireUser(request);
      const row = await readable(actor, request.params.meetingId);
      authorize(actor, 'update', meetingResource(row));
      const values = await checkedBody(db, row.councilId, request.body, user.id);
      const [updated] = await db
        .update(meetings)
        .set(values)
        .where(eq(meetings.id, row.id))
        .returning();
      if (!updated) throw notFound('That meeting');
      events.emitMeetingChanged(updated.id);
      return meetingView(db, updated, actor);
    },
  );

  app.get(
    '/api/meetings/:meetingId/votes',
    { schema: { params: meetingParams, response: { 200: z.array(savedVoteView) } } },
    async (request) => {
      const { actor } = requireActor(request);
      const row = await readable(actor, request.params.meetingId);
      const votes = await endedVotes(db, row.id);
      return votes.map((v) => ({
        ...v.settings,
        id: v.id,
        results: v.results,
        ballots: v.ballots,
        endedAt: v.endedAt.toISOString(),
      }));
    },
  );
}
