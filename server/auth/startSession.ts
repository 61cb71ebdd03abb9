import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { ServerKeys } from '../security/serverKeys';
import { DEVICE_COOKIE, knownDeviceCookie, knownDeviceCookieOptions } from './knownDevice';
import { PENDING_COOKIE } from './pendingSignIn';
import {
  createSession,
  generateSessionToken,
  invalidateAllSessions,
  invalidateSession,
  SESSION_COOKIE,
  sessionCookieOptions,
} from './sessions';

/** Signs the user in: a new session, and its token in the browser's cookie. */
export async function startSession(
  db: Db,
  reply: FastifyReply,
  userId: string,
  production: boolean,
  twoFactor = false,
): Promise<void> {
  const token = generateSessionToken();
  const session = await createSession(db, token, userId, twoFactor);
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(production, session.expiresAt));
}

/**
 * The end of a sign-in that proved who it is (a password, then a second factor or a passkey):
 * the device is remembered, the session this browser had ends, and a two-factor one starts.
 */
export async function finishSignIn(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  { config, keys }: { config: Config; keys: ServerKeys },
  twoFactor: boolean,
): Promise<void> {
  reply.clearCookie(PENDING_COOKIE, { path: '/api/auth' });
  reply.setCookie(
    DEVICE_COOKIE,
    knownDeviceCookie(keys.device, userId),
    knownDeviceCookieOptions(config.production),
  );
  if (request.auth) await invalidateSession(db, request.auth.session.id);
  await startSession(db, reply, userId, config.production, twoFactor);
}

/** A change of second factors ends every session; this browser carries on with a two-factor one. */
export async function restartSessions(
  db: Db,
  reply: FastifyReply,
  userId: string,
  production: boolean,
): Promise<void> {
  await invalidateAllSessions(db, userId);
  await startSession(db, reply, userId, production, true);
}
