import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  passkeyAddedView,
  passkeyRegistrationBody,
  passkeySignInBody,
  passkeyView,
  webauthnOptionsView,
} from '../../shared/api';
import { HttpError, notFound, unauthorized } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { loadMe } from './me';
import {
  listPasskeys,
  type RelyingParty,
  registerPasskey,
  registrationOptions,
  relyingPartyOf,
  removePasskey,
  signInOptions,
  verifyPasskeySignIn,
} from './passkeys';
import { PENDING_COOKIE, pendingSignInUser } from './pendingSignIn';
import { replaceRecoveryCodes } from './recoveryCodes';
import { hasSecondFactor } from './secondFactor';
import { finishSignIn, restartSessions } from './startSession';

// Passkeys and security keys: adding and removing them on the profile, and signing in with one
// (the second step after a password, or on its own). Every POST has passed the origin check, so
// the Origin header is this site's, and it names the WebAuthn relying party.

function relyingParty(request: FastifyRequest): RelyingParty {
  const origin = request.headers.origin;
  if (!origin) throw new HttpError(403, 'bad_origin', 'A passkey needs the page’s origin.');
  return relyingPartyOf(origin);
}

const refused = () =>
  new HttpError(401, 'passkey_refused', 'That passkey was not accepted. Try again, or use a code.');

export function passkeyRoutes(app: App, { db, config, keys }: Deps) {
  const authRateLimit = { rateLimit: { max: config.authRateLimit, timeWindow: '1 minute' } };

  app.get(
    '/api/me/passkeys',
    { schema: { response: { 200: z.array(passkeyView) } } },
    async (request) => listPasskeys(db, requireUser(request).user.id),
  );

  app.post(
    '/api/me/passkeys/options',
    { config: authRateLimit, schema: { response: { 200: webauthnOptionsView } } },
    async (request) => ({
      ...(await registrationOptions(db, relyingParty(request), requireUser(request).user)),
    }),
  );

  app.post(
    '/api/me/passkeys',
    {
      config: authRateLimit,
      schema: { body: passkeyRegistrationBody, response: { 200: passkeyAddedView } },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      const first = !(await hasSecondFactor(db, user.id));
      const { name, response } = request.body;
      if (!(await registerPasskey(db, relyingParty(request), user.id, name, response))) {
        throw new HttpError(400, 'passkey_refused', 'The passkey could not be registered.');
      }
      const recoveryCodes = first ? await replaceRecoveryCodes(db, user.id) : null;
      await restartSessions(db, reply, user.id, config.production);
      return { recoveryCodes };
    },
  );

  app.delete(
    '/api/me/passkeys/:id',
    { schema: { params: z.object({ id: z.string().max(1400) }) } },
    async (request, reply) => {
      const { user, session } = requireUser(request);
      if (!session.twoFactor) {
        throw new HttpError(403, 'second_factor_required', 'Sign in with two-step sign-in first.');
      }
      if (!(await removePasskey(db, user.id, request.params.id))) throw notFound('That passkey');
      if (await hasSecondFactor(db, user.id)) {
        await restartSessions(db, reply, user.id, config.production);
      }
      return reply.code(204).send();
    },
  );

  // The pending cookie (a right password) makes it a second step; without it, a sign-in alone.
  app.post(
    '/api/auth/passkey/options',
    { config: authRateLimit, schema: { response: { 200: webauthnOptionsView } } },
    async (request) => {
      const pending = request.cookies[PENDING_COOKIE];
      const userId = pending ? pendingSignInUser(keys.pendingSignIn, pending) : null;
      if (pending && !userId) throw unauthorized();
      return { ...(await signInOptions(db, relyingParty(request), userId)) };
    },
  );

  app.post(
    '/api/auth/passkey',
    { config: authRateLimit, schema: { body: passkeySignInBody } },
    async (request, reply) => {
      const pending = request.cookies[PENDING_COOKIE];
      const expected = pending ? pendingSignInUser(keys.pendingSignIn, pending) : null;
      if (pending && !expected) throw unauthorized();
      const userId = await verifyPasskeySignIn(
        db,
        relyingParty(request),
        expected,
        request.body.response,
      );
      if (!userId) throw refused();
      await finishSignIn(db, request, reply, userId, { config, keys }, true);
      return loadMe(db, userId);
    },
  );
}
