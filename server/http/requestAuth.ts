import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isAllowedOrigin } from '../auth/origin';
import {
  SESSION_COOKIE,
  type Session,
  type SessionUser,
  sessionCookieOptions,
  type ValidatedSession,
  validateSessionToken,
} from '../auth/sessions';
import type { Db } from '../db/client';
import { GUEST_COOKIE, type GuestIdentity, guestFromToken } from '../meetings/guests';
import type { Actor } from '../policies';
import { HttpError, unauthorized } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    auth: ValidatedSession | null;
    actor: Actor | null;
    // Someone who joined one meeting by its guest link (no account, no session).
    guest: GuestIdentity | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Options = { db: Db; production: boolean; allowedOrigins: string[] | undefined };

/** Resolves the session cookie into `request.auth` and `request.actor`, and checks Origin. */
export const requestAuth = fp(async (app: FastifyInstance, opts: Options) => {
  app.decorateRequest('auth', null);
  app.decorateRequest('actor', null);
  app.decorateRequest('guest', null);
  // Without a user session, a guest cookie may stand for a guest of one meeting.
  const resolveGuest = async (request: FastifyRequest) => {
    const token = request.cookies[GUEST_COOKIE];
    if (!token) return;
    const guest = await guestFromToken(opts.db, token);
    if (!guest) return;
    request.guest = guest;
    request.actor = guest.actor;
  };
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    if (
      !SAFE_METHODS.has(request.method) &&
      !isAllowedOrigin(request.headers, opts.allowedOrigins)
    ) {
      throw new HttpError(403, 'bad_origin', 'This request did not come from the Tsunagu app.');
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return resolveGuest(request);
    const validated = await validateSessionToken(opts.db, token);
    if (!validated) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return resolveGuest(request);
    }
    request.auth = validated;
    request.actor = { userId: validated.user.id, roles: validated.roles };
    reply.setCookie(
      SESSION_COOKIE,
      token,
      sessionCookieOptions(opts.production, validated.session.expiresAt),
    );
  });
});

/** The signed-in user and actor of a request, or a 401. */
export function requireUser(request: FastifyRequest): {
  user: SessionUser;
  actor: Actor;
  session: Session;
} {
  if (!request.auth || !request.actor) throw unauthorized();
  return { user: request.auth.user, actor: request.actor, session: request.auth.session };
}

/** Whoever is asking, a signed-in person or a meeting guest, with the name to show; or a 401. */
export function requireActor(request: FastifyRequest): { actor: Actor; displayName: string } {
  if (request.auth && request.actor) {
    return { actor: request.actor, displayName: request.auth.user.displayName };
  }
  if (request.guest) return { actor: request.guest.actor, displayName: request.guest.displayName };
  throw unauthorized();
}
