import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import {
  createdGuestLinkView,
  createGuestLinkBody,
  guestLinkPreview,
  guestLinkView,
  guestsMayBody,
  joinAsGuestBody,
  joinedAsGuestView,
} from '../../shared/meeting/meetingApi';
import { sessionCookieOptions } from '../auth/sessions';
import { meetingGuestLinks, meetingGuests, meetings } from '../db/schema';
import { HttpError, notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { authorize, can } from '../policies';
import {
  createGuestLink,
  GUEST_COOKIE,
  type GuestLinkRow,
  joinAsGuest,
  passcodeMatches,
  usableLink,
} from './guests';
import { findMeeting, meetingResource } from './store';

const linkView = (row: GuestLinkRow, guests: number) => ({
  id: row.id,
  expiresAt: row.expiresAt.toISOString(),
  hasPasscode: row.passcodeHash !== null,
  revoked: row.revokedAt !== null,
  guests,
});

// Few tries per address: a link's token cannot be guessed, but a passcode could be.
const JOIN_RATE_LIMIT = { rateLimit: { max: 10, timeWindow: '1 minute' } };

export function guestRoutes(app: App, { db, config, events }: Deps) {
  const meetingParams = z.object({ meetingId: id });
  const tokenParams = z.object({ token: z.string().min(10).max(100) });

  const managed = async (request: Parameters<typeof requireUser>[0], meetingId: string) => {
    const { actor, user } = requireUser(request);
    const row = await findMeeting(db, meetingId);
    if (!row || !can(actor, 'read', meetingResource(row))) throw notFound('That meeting');
    authorize(actor, 'manageGuests', meetingResource(row));
    return { row, user };
  };

  app.put(
    '/api/meetings/:meetingId/guests-may',
    { schema: { params: meetingParams, body: guestsMayBody, response: { 200: guestsMayBody } } },
    async (request) => {
      const { row } = await managed(request, request.params.meetingId);
      await db.update(meetings).set({ guestsMay: request.body }).where(eq(meetings.id, row.id));
      // Live meetings read the row again, so can() decides guests' votes and notes anew.
      events.emitMeetingChanged(row.id);
      return request.body;
    },
  );

  app.post(
    '/api/meetings/:meetingId/guest-links',
    {
      schema: {
        params: meetingParams,
        body: createGuestLinkBody,
        response: { 201: createdGuestLinkView },
      },
    },
    async (request, reply) => {
      const { row, user } = await managed(request, request.params.meetingId);
      const { expiresInHours, passcode } = request.body;
      const link = await createGuestLink(db, row.id, user.id, expiresInHours, passcode);
      return reply.code(201).send({ ...linkView(link.row, 0), token: link.token });
    },
  );

  app.get(
    '/api/meetings/:meetingId/guest-links',
    { schema: { params: meetingParams, response: { 200: z.array(guestLinkView) } } },
    async (request) => {
      const { row } = await managed(request, request.params.meetingId);
      const links = await db
        .select({ link: meetingGuestLinks, guests: count(meetingGuests.id) })
        .from(meetingGuestLinks)
        .leftJoin(meetingGuests, eq(meetingGuests.linkId, meetingGuestLinks.id))
        .where(eq(meetingGuestLinks.meetingId, row.id))
        .groupBy(meetingGuestLinks.id)
        .orderBy(desc(meetingGuestLinks.createdAt));
      return links.map((l) => linkView(l.link, Number(l.guests)));
    },
  );

  app.delete(
    '/api/meetings/:meetingId/guest-links/:linkId',
    { schema: { params: z.object({ meetingId: id, linkId: id }) } },
    async (request, reply) => {
      const { row } = await managed(request, request.params.meetingId);
      await db
        .update(meetingGuestLinks)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(meetingGuestLinks.id, request.params.linkId),
            eq(meetingGuestLinks.meetingId, row.id),
            isNull(meetingGuestLinks.revokedAt),
          ),
        );
      // The live server checks its guests again and closes the sockets this link opened.
      events.emitMeetingChanged(row.id);
      return reply.code(204).send();
    },
  );

  const openLink = async (token: string) => {
    const link = await usableLink(db, token);
    const meeting = link && (await findMeeting(db, link.meetingId));
    // Expired, revoked and unknown links look the same.
    if (!link || !meeting || meeting.closedAt) throw notFound('That meeting link');
    return { link, meeting };
  };

  app.get(
    '/api/guest-links/:token',
    {
      config: JOIN_RATE_LIMIT,
      schema: { params: tokenParams, response: { 200: guestLinkPreview } },
    },
    async (request) => {
      const { link, meeting } = await openLink(request.params.token);
      return {
        meetingTitle: meeting.title,
        startsAt: meeting.startsAt.toISOString(),
        needsPasscode: link.passcodeHash !== null,
      };
    },
  );

  app.post(
    '/api/guest-links/:token/join',
    {
      config: JOIN_RATE_LIMIT,
      schema: { params: tokenParams, body: joinAsGuestBody, response: { 201: joinedAsGuestView } },
    },
    async (request, reply) => {
      const { link, meeting } = await openLink(request.params.token);
      if (!(await passcodeMatches(link, request.body.passcode))) {
        throw new HttpError(403, 'wrong_passcode', 'The passcode is not right.');
      }
      const token = await joinAsGuest(db, link, request.body.displayName);
      reply.setCookie(GUEST_COOKIE, token, sessionCookieOptions(config.production, link.expiresAt));
      return reply.code(201).send({ meetingId: meeting.id, displayName: request.body.displayName });
    },
  );
}
