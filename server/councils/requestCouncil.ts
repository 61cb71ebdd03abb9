import type { FastifyRequest } from 'fastify';
import { requireUser } from '../http/requestAuth';
import { type ActionOn, authorize, type CouncilResource } from '../policies';

/**
 * The signed-in user of a request under /api/councils/:councilId, if they may do `action` on
 * that council: a 401 without a session, a 403 without the right.
 */
export function requireCouncil(
  request: FastifyRequest & { params: { councilId: string } },
  action: ActionOn<CouncilResource>,
) {
  const signedIn = requireUser(request);
  const { councilId } = request.params;
  authorize(signedIn.actor, action, { type: 'council', id: councilId });
  return { ...signedIn, councilId };
}
