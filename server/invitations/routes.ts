import { and, desc, eq, gt, isNull, TransactionRollbackError } from 'drizzle-orm';
import { z } from 'zod';
import {
  acceptInvitationBody,
  createdInvitationView,
  createInvitationBody,
  id,
  invitationPreview,
  invitationView,
  meView,
} from '../../shared/api';
import { loadMe } from '../auth/me';
import { hashPassword } from '../auth/password';
import { generateSessionToken, hashToken } from '../auth/sessions';
import { startSession } from '../auth/startSession';
import { requireCouncil } from '../councils/requestCouncil';
import type { Db } from '../db/client';
import { councils, invitations, memberships, users } from '../db/schema';
import { conflict, HttpError, notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';

const DAY = 24 * 60 * 60 * 1000;
const tokenParams = z.object({ token: z.string().min(20).max(100) });
const gone = () =>
  new HttpError(
    410,
    'invitation_unusable',
    'This invitation has expired or has already been used.',
  );

type InvitationRow = typeof invitations.$inferSelect;
const view = (row: InvitationRow) => ({
  id: row.id,
  role: row.role,
  email: row.email,
  expiresAt: row.expiresAt.toISOString(),
  usedAt: row.usedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

async function findUsable(db: Db, token: string) {
  const [row] = await db
    .select({ invitation: invitations, councilName: councils.name })
    .from(invitations)
    .innerJoin(councils, eq(invitations.councilId, councils.id))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) throw notFound('This invitation');
  if (row.invitation.usedAt || row.invitation.expiresAt.getTime() <= Date.now()) throw gone();
  return row;
}

/** Marks the invitation used; false if someone else used it first (single use, even in a race). */
async function claim(db: Db, invitationId: string, userId: string): Promise<boolean> {
  const claimed = await db
    .update(invitations)
    .set({ usedAt: new Date(), usedBy: userId })
    .where(
      and(
        eq(invitations.id, invitationId),
        isNull(invitations.usedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .returning({ id: invitations.id });
  return claimed.length === 1;
}

export function invitationRoutes(app: App, { db, config, events }: Deps) {
  const councilParams = z.object({ councilId: id });

  app.post(
    '/api/councils/:councilId/invitations',
    {
      schema: {
        params: councilParams,
        body: createInvitationBody,
        response: { 201: createdInvitationView },
      },
    },
    async (request, reply) => {
      const { user, councilId } = requireCouncil(request, 'invite');
      const token = generateSessionToken();
      const [row] = await db
        .insert(invitations)
        .values({
          councilId,
          tokenHash: hashToken(token),
          role: request.body.role,
          email: request.body.email ?? null,
          expiresAt: new Date(Date.now() + request.body.expiresInDays * DAY),
          createdBy: user.id,
        })
        .returning();
      if (!row) throw new Error('invitation insert returned nothing');
      // The token is shown once, to the secretariat who made it; only its hash is kept.
      return reply.code(201).send({ ...view(row), token });
    },
  );

  app.get(
    '/api/councils/:councilId/invitations',
    { schema: { params: councilParams, response: { 200: z.array(invitationView) } } },
    async (request) => {
      const { councilId } = requireCouncil(request, 'invite');
      const rows = await db
        .select()
        .from(invitations)
        .where(eq(invitations.councilId, councilId))
        .orderBy(desc(invitations.createdAt));
      return rows.map(view);
    },
  );

  app.delete(
    '/api/councils/:councilId/invitations/:invitationId',
    { schema: { params: z.object({ councilId: id, invitationId: id }) } },
    async (request, reply) => {
      requireCouncil(request, 'invite');
      const { councilId, invitationId } = request.params;
      await db
        .delete(invitations)
        .where(and(eq(invitations.id, invitationId), eq(invitations.councilId, councilId)));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/invitations/:token',
    {
      config: { rateLimit: { max: config.authRateLimit, timeWindow: '1 minute' } },
      schema: { params: tokenParams, response: { 200: invitationPreview } },
    },
    async (request) => {
      const { invitation, councilName } = await findUsable(db, request.params.token);
      return { councilName, role: invitation.role, email: invitation.email };
    },
  );

  // A new person: creates their account, joins the council and signs them in.
  app.post(
    '/api/invitations/:token/accept',
    {
      config: { rateLimit: { max: config.authRateLimit, timeWindow: '1 minute' } },
      schema: { params: tokenParams, body: acceptInvitationBody, response: { 201: meView } },
    },
    async (request, reply) => {
      const { invitation } = await findUsable(db, request.params.token);
      const { email, displayName, password } = request.body;
      if (invitation.email && invitation.email !== email) {
        throw new HttpError(
          400,
          'email_mismatch',
          'This invitation is for a different email address.',
        );
      }
      const [existing] = await db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, email));
      if (existing) {
        throw conflict(
          'An account with this email already exists. Sign in, then open the invitation link again.',
        );
      }
      const passwordHash = await hashPassword(password);
      const userId = await db
        .transaction(async (tx) => {
          const [user] = await tx
            .insert(users)
            .values({ email, displayName, passwordHash })
            .returning({ id: users.id });
          if (!user || !(await claim(tx as unknown as Db, invitation.id, user.id)))
            return tx.rollback();
          await tx
            .insert(memberships)
            .values({ councilId: invitation.councilId, userId: user.id, role: invitation.role });
          return user.id;
        })
        .catch((error: unknown) => {
          if (error instanceof TransactionRollbackError) throw gone();
          throw error;
        });
      events.emitMembershipChanged(invitation.councilId, userId);
      await startSession(db, reply, userId, config.production);
      return reply.code(201).send(await loadMe(db, userId));
    },
  );

  // Someone already signed in joins one more council with their existing account.
  app.post(
    '/api/invitations/:token/join',
    { schema: { params: tokenParams, response: { 200: meView } } },
    async (request) => {
      const { user } = requireUser(request);
      const { invitation } = await findUsable(db, request.params.token);
      if (invitation.email && invitation.email !== user.email) {
        throw new HttpError(
          400,
          'email_mismatch',
          'This invitation is for a different email address.',
        );
      }
      const [already] = await db
        .select({ role: memberships.role })
        .from(memberships)
        .where(
          and(eq(memberships.councilId, invitation.councilId), eq(memberships.userId, user.id)),
        );
      if (already) throw conflict('You are already a member of this council.');
      await db
        .transaction(async (tx) => {
          if (!(await claim(tx as unknown as Db, invitation.id, user.id))) tx.rollback();
          await tx
            .insert(memberships)
            .values({ councilId: invitation.councilId, userId: user.id, role: invitation.role });
        })
        .catch((error: unknown) => {
          if (error instanceof TransactionRollbackError) throw gone();
          throw error;
        });
      events.emitMembershipChanged(invitation.councilId, user.id);
      return loadMe(db, user.id);
    },
  );
}
