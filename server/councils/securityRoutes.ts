import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { councilSecurityBody, councilSecurityView, id } from '../../shared/api';
import { japanDay, startOfJapanDay } from '../../shared/councilDay';
import { appendAudit } from '../audit/auditLog';
import { councils } from '../db/schema';
import { notFound } from '../http/errors';
import type { App, Deps } from '../http/types';
import { requireCouncil } from './requestCouncil';

// A council's security setting: who must sign in with a second factor (case members always,
// the secretariat or everyone as the council chooses) and from which day, Japan time.

const params = z.object({ councilId: id });

export function securityRoutes(app: App, { db }: Deps) {
  const setting = async (councilId: string) => {
    const [council] = await db
      .select({ from: councils.secondFactorRequiredFrom, for: councils.secondFactorFor })
      .from(councils)
      .where(eq(councils.id, councilId));
    if (!council) throw notFound('That council');
    return { secondFactorRequiredFrom: japanDay(council.from), secondFactorFor: council.for };
  };

  app.get(
    '/api/councils/:councilId/security',
    { schema: { params, response: { 200: councilSecurityView } } },
    async (request) => {
      const { councilId } = requireCouncil(request, 'manageSecurity');
      return setting(councilId);
    },
  );

  app.put(
    '/api/councils/:councilId/security',
    { schema: { params, body: councilSecurityBody, response: { 200: councilSecurityView } } },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'manageSecurity');
      const before = await setting(councilId);
      const after = request.body;
      if (
        before.secondFactorRequiredFrom !== after.secondFactorRequiredFrom ||
        before.secondFactorFor !== after.secondFactorFor
      ) {
        await db
          .update(councils)
          .set({
            secondFactorRequiredFrom: startOfJapanDay(after.secondFactorRequiredFrom),
            secondFactorFor: after.secondFactorFor,
          })
          .where(eq(councils.id, councilId));
        await appendAudit(db, {
          councilId,
          caseId: null,
          actorId: actor.userId,
          action: 'council.secondFactorRequirement',
          detail: { from: before, to: after },
          ip: request.ip,
        });
      }
      return after;
    },
  );
}
