import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { loadActor } from '../auth/actor';
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
import type { Actor } from '../policies';
import { HttpError, unauthorized } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    auth: ValidatedSession | null;
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Options = { db: Db; production: boolean; allowedOrigins: string[] | undefined };

/** Resolves the session cookie into `request.auth` and `request.actor`, and checks Origin. */
export const requestAuth = fp(async (app: FastifyInstance, opts: Options) => {
  app.decorateRequest('auth', null);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    if (
      !SAFE_METHODS.has(request.method) &&
      !isAllowedOrigin(request.headers, opts.allowedOrigins)
    ) {
      throw new HttpError(403, 'bad_origin', 'This request did not come from the Tsunagu app.');
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const validated = await validateSessionToken(opts.db, token);
    if (!validated) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    request.auth = validated;
    request.actor = await loadActor(opts.db, validated.user.id);
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
