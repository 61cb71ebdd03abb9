import type { FastifyReply } from 'fastify';
import type { Db } from '../db/client';
import {
  createSession,
  generateSessionToken,
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
