import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  recoveryCodesView,
  secondFactorAnswerBody,
  secondFactorCodeBody,
  secondFactorSetupView,
  secondFactorStatusView,
} from '../../shared/api';
import { appendAudit } from '../audit/auditLog';
import { requireCouncil } from '../councils/requestCouncil';
import { memberships, users } from '../db/schema';
import { HttpError, notFound, unauthorized } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { secondFactorRequiredFrom } from '../policies/secondFactor';
import { loadMe } from './me';
import { PENDING_COOKIE, pendingSignInUser } from './pendingSignIn';
import { recoveryCodesLeft, replaceRecoveryCodes } from './recoveryCodes';
import {
  checkSecondFactor,
  confirmTotpSetup,
  hasAuthenticatorApp,
  hasSecondFactor,
  removeSecondFactor,
  startTotpSetup,
} from './secondFactor';
import { invalidateAllSessions } from './sessions';
import { finishSignIn, restartSessions } from './startSession';

// Two-step sign-in: setting up an authenticator app, the second step of signing in (a code or a
// recovery code), new recovery codes, and the secretariat's reset for a lost phone (audited).
// Turning it on or resetting it ends the person's other sessions, like a password change.

const lockedError = (until: Date) =>
  new HttpError(
    429,
    'second_factor_locked',
    `Too many wrong codes. Two-step sign-in for this account is locked until ${until.toISOString()} (15 minutes); the password is not affected.`,
  );

export function secondFactorRoutes(app: App, { db, config, keys }: Deps) {
  const authRateLimit = { rateLimit: { max: config.authRateLimit, timeWindow: '1 minute' } };

  app.get(
    '/api/me/second-factor',
    { schema: { response: { 200: secondFactorStatusView } } },
    async (request) => {
      const { user } = requireUser(request);
      const requiredFrom = await secondFactorRequiredFrom(db, user.id);
      return {
        enabled: await hasSecondFactor(db, user.id),
        authenticatorApp: await hasAuthenticatorApp(db, user.id),
        requiredFrom: requiredFrom?.toISOString() ?? null,
        recoveryCodesLeft: await recoveryCodesLeft(db, user.id),
      };
    },
  );

  app.post(
    '/api/me/second-factor/setup',
    { config: authRateLimit, schema: { response: { 200: secondFactorSetupView } } },
    async (request) => {
      const { user } = requireUser(request);
      if (await hasAuthenticatorApp(db, user.id)) {
        throw new HttpError(409, 'already_enabled', 'An authenticator app is already set up.');
      }
      return startTotpSetup(db, keys.secrets, user);
    },
  );

  app.post(
    '/api/me/second-factor/confirm',
    {
      config: authRateLimit,
      schema: { body: secondFactorCodeBody, response: { 200: recoveryCodesView } },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      if (!(await confirmTotpSetup(db, keys.secrets, user.id, request.body.code))) {
        throw new HttpError(
          400,
          'invalid_code',
          'That code is not right. Enter the code the app shows now.',
        );
      }
      const recoveryCodes = await replaceRecoveryCodes(db, user.id);
      await restartSessions(db, reply, user.id, config.production);
      return { recoveryCodes };
    },
  );

  app.post(
    '/api/me/second-factor/recovery-codes',
    { config: authRateLimit, schema: { response: { 200: recoveryCodesView } } },
    async (request) => {
      const { user, session } = requireUser(request);
      if (!session.twoFactor || !(await hasSecondFactor(db, user.id))) {
        throw new HttpError(403, 'second_factor_required', 'Sign in with two-step sign-in first.');
      }
      return { recoveryCodes: await replaceRecoveryCodes(db, user.id) };
    },
  );

  app.post(
    '/api/auth/second-factor',
    { config: authRateLimit, schema: { body: secondFactorAnswerBody } },
    async (request, reply) => {
      const userId = pendingSignInUser(keys.pendingSignIn, request.cookies[PENDING_COOKIE]);
      if (!userId) throw unauthorized();
      const check = await checkSecondFactor(db, keys.secrets, userId, request.body);
      if (!check.ok) {
        if (check.reason === 'locked' && check.lockedUntil) throw lockedError(check.lockedUntil);
        throw new HttpError(401, 'invalid_code', 'That code is not right.');
      }
      await finishSignIn(db, request, reply, userId, { config, keys }, true);
      return loadMe(db, userId);
    },
  );

  app.delete(
    '/api/councils/:councilId/members/:userId/second-factor',
    { schema: { params: z.object({ councilId: z.string().uuid(), userId: z.string().uuid() }) } },
    async (request, reply) => {
      const { actor, councilId } = requireCouncil(request, 'manageSecurity');
      const { userId } = request.params;
      const [member] = await db
        .select({ userId: memberships.userId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId)));
      if (!member) throw notFound('That member');
      await removeSecondFactor(db, userId);
      await invalidateAllSessions(db, userId);
      await appendAudit(db, {
        councilId,
        caseId: null,
        actorId: actor.userId,
        action: 'account.secondFactorReset',
        detail: { userId },
        ip: request.ip,
      });
      return reply.code(204).send();
    },
  );
}
