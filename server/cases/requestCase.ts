import type { FastifyRequest } from 'fastify';
import { type AuditAction, appendAudit, appendAuditOnce } from '../audit/auditLog';
import { invalidateSession } from '../auth/sessions';
import type { Db } from '../db/client';
import { HttpError, notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import { type Actor, type CaseSpaceResource, can } from '../policies';
import { caseNeedsSecondFactor } from '../policies/secondFactor';
import { type LoadedCase, loadCase } from './store';

type CaseAction = Parameters<typeof can<CaseSpaceResource>>[1];

/**
 * The case a request names, if the signed-in actor may do `action` on it. Anyone who may not so
 * much as see its audit log gets the same 404 as for a case that does not exist; a member who has
 * not confirmed the confidentiality pledge is told so; refusals of members are audited. Once the
 * council requires a second factor, a session signed in without one is refused (403).
 */
export async function caseFor(
  db: Db,
  request: FastifyRequest,
  caseId: string,
  action: CaseAction,
  idleLimitMs: number,
): Promise<{ loaded: LoadedCase; actor: Actor }> {
  const { actor, session } = requireUser(request);
  if (Date.now() - session.lastActiveAt.getTime() > idleLimitMs) {
    await invalidateSession(db, session.id);
    throw new HttpError(
      401,
      'idle_timeout',
      'You were signed out of case spaces after a period of inactivity. Please sign in again.',
    );
  }
  const loaded = await loadCase(db, caseId);
  if (!loaded || !can(actor, 'viewAudit', loaded.resource)) throw notFound('That case space');
  if (await caseNeedsSecondFactor(db, session, loaded.row.councilId)) {
    throw new HttpError(
      403,
      'second_factor_required',
      'Your council requires two-step sign-in for case spaces. Set it up, then sign in again.',
    );
  }
  if (!can(actor, action, loaded.resource)) {
    if (can(actor, 'pledge', loaded.resource)) {
      // Not a refusal: the member is shown the pledge, which comes before any content.
      await auditCaseOnce(db, request, loaded, 'case.pledgePrompt', idleLimitMs, { action });
      throw new HttpError(
        403,
        'pledge_required',
        'Confirm the confidentiality pledge before opening this case.',
      );
    }
    await auditCase(db, request, loaded, 'case.refused', { action });
    if (loaded.resource.locked) {
      throw new HttpError(
        423,
        'consent_withdrawn',
        'Consent was withdrawn: this case space is locked until consent is recorded again.',
      );
    }
    throw new HttpError(403, 'forbidden', 'You do not have permission to do this.');
  }
  return { loaded, actor };
}

const auditInput = (
  request: FastifyRequest,
  loaded: LoadedCase,
  action: AuditAction,
  detail: Record<string, unknown>,
) => ({
  councilId: loaded.row.councilId,
  caseId: loaded.row.id,
  actorId: request.actor?.userId ?? null,
  action,
  detail,
  ip: request.ip,
});

export function auditCase(
  db: Db,
  request: FastifyRequest,
  loaded: LoadedCase,
  action: AuditAction,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return appendAudit(db, auditInput(request, loaded, action, detail));
}

/** Audits an open (or the pledge shown): once per visit, see `appendAuditOnce`. */
export function auditCaseOnce(
  db: Db,
  request: FastifyRequest,
  loaded: LoadedCase,
  action: 'case.open' | 'case.pledgePrompt',
  withinMs: number,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return appendAuditOnce(db, auditInput(request, loaded, action, detail), withinMs);
}
