import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  changePasswordBody,
  meView,
  setupBody,
  signInBody,
  signInView,
  statusView,
  updateProfileBody,
} from '../../shared/api';
import { isSetupRequired, setupCouncil } from '../councils/setup';
import { users } from '../db/schema';
import { HttpError } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { DEVICE_COOKIE, isKnownDevice } from './knownDevice';
import { createLoginThrottle, type LoginThrottle, type ThrottleVerdict } from './loginThrottle';
import { loadMe } from './me';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password';
import { PENDING_COOKIE, pendingCookieOptions, pendingSignInToken } from './pendingSignIn';
import { hasSecondFactor } from './secondFactor';
import { invalidateAllSessions, invalidateSession, SESSION_COOKIE } from './sessions';
import { finishSignIn, startSession } from './startSession';

function tooManyAttempts(verdict: Exclude<ThrottleVerdict, 'allowed'>): HttpError {
  return verdict === 'sourceLocked'
    ? new HttpError(
        429,
        'too_many_attempts',
        'Too many failed sign-ins from here. Try again in 15 minutes.',
      )
    : new HttpError(
        429,
        'account_locked_for_new_devices',
        'Too many failed sign-ins to this account. Sign in from a device you have used before, or try again in an hour.',
      );
}

export function authRoutes(
  app: App,
  { db, config, keys }: Deps,
  throttle: LoginThrottle = createLoginThrottle(),
) {
  const authRateLimit = { rateLimit: { max: config.authRateLimit, timeWindow: '1 minute' } };

  app.get('/api/status', { schema: { response: { 200: statusView } } }, async () => ({
    setupRequired: await isSetupRequired(db),
  }));

  app.post(
    '/api/setup',
    { config: authRateLimit, schema: { body: setupBody, response: { 201: meView } } },
    async (request, reply) => {
      const { userId } = await setupCouncil(db, request.body);
      await startSession(db, reply, userId, config.production);
      return reply.code(201).send(await loadMe(db, userId));
    },
  );

  app.post(
    '/api/auth/sign-in',
    { config: authRateLimit, schema: { body: signInBody, response: { 200: signInView } } },
    async (request, reply) => {
      const { email, password } = request.body;
      const [user] = await db
        .select({ id: users.id, passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.email, email));
      const knownDevice =
        user !== undefined &&
        (request.auth?.user.id === user.id ||
          isKnownDevice(keys.device, user.id, request.cookies[DEVICE_COOKIE]));
      const verdict = await throttle.check(email, request.ip, knownDevice);
      if (verdict !== 'allowed') throw tooManyAttempts(verdict);
      const ok = user
        ? await verifyPassword(user.passwordHash, password)
        : await burnPasswordCheck(password);
      if (!user || !ok) {
        await throttle.recordFailure(email, request.ip);
        throw new HttpError(401, 'invalid_credentials', 'The email or password is not correct.');
      }
      await throttle.recordSuccess(email, request.ip);
      // With two-step sign-in the password opens only the second step, not a session.
      if (await hasSecondFactor(db, user.id)) {
        reply.setCookie(
          PENDING_COOKIE,
          pendingSignInToken(keys.pendingSignIn, user.id),
          pendingCookieOptions(config.production),
        );
        return { secondFactorRequired: true as const };
      }
      // Signing in anew ends the session this browser had, so a session is never reused.
      await finishSignIn(db, request, reply, user.id, { config, keys }, false);
      return loadMe(db, user.id);
    },
  );

  app.post('/api/auth/sign-out', async (request, reply) => {
    if (request.auth) await invalidateSession(db, request.auth.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.post('/api/auth/sign-out-everywhere', async (request, reply) => {
    const { user } = requireUser(request);
    await invalidateAllSessions(db, user.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.get('/api/me', { schema: { response: { 200: meView } } }, async (request) => {
    const { user } = requireUser(request);
    return loadMe(db, user.id);
  });

  app.patch(
    '/api/me',
    { schema: { body: updateProfileBody, response: { 200: meView } } },
    async (request) => {
      const { user } = requireUser(request);
      await db.update(users).set(request.body).where(eq(users.id, user.id));
      return loadMe(db, user.id);
    },
  );

  app.post(
    '/api/me/password',
    { config: authRateLimit, schema: { body: changePasswordBody, response: { 204: z.null() } } },
    async (request, reply) => {
      const { user } = requireUser(request);
      const [row] = await db
        .select({ hash: users.passwordHash })
        .from(users)
        .where(eq(users.id, user.id));
      if (!row || !(await verifyPassword(row.hash, request.body.currentPassword))) {
        throw new HttpError(400, 'invalid_credentials', 'The current password is not correct.');
      }
      await db
        .update(users)
        .set({ passwordHash: await hashPassword(request.body.newPassword) })
        .where(eq(users.id, user.id));
      // Every other device is signed out; this one continues with a fresh session.
      await invalidateAllSessions(db, user.id);
      await startSession(db, reply, user.id, config.production);
      return reply.code(204).send(null);
    },
  );
}
