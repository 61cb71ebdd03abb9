import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { councilSecurityBody, councilSecurityView, id } from '../../shared/api';
import { COUNCIL_TIME_ZONE } from '../../shared/domain';
import { appendAudit } from '../audit/auditLog';
import { councils } from '../db/schema';
import { notFound } from '../http/errors';
import type { App, Deps } from '../http/types';
import { requireCouncil } from './requestCouncil';

// A council's security setting: from which day its secretariat and case members must sign in
// with a second factor. The council is in Japan, so a day starts at midnight Japan time whatever
// the server's own time zone.

/** The day (YYYY-MM-DD, Japan time) a moment falls on. */
export function japanDay(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: COUNCIL_TIME_ZONE,
    dateStyle: 'short',
  }).format(moment);
}

/** Midnight Japan time at the start of `day` (YYYY-MM-DD); Japan keeps no summer time, so +09:00. */
export function startOfJapanDay(day: string): Date {
  return new Date(`${day}T00:00:00+09:00`);
}

const params = z.object({ councilId: id });

export function securityRoutes(app: App, { db }: Deps) {
  const requiredFrom = async (councilId: string) => {
    const [council] = await db
      .select({ from: councils.secondFactorRequiredFrom })
      .from(councils)
      .where(eq(councils.id, councilId));
    if (!council) throw notFound('That council');
    return council.from ? japanDay(council.from) : null;
  };

  app.get(
    '/api/councils/:councilId/security',
    { schema: { params, response: { 200: councilSecurityView } } },
    async (request) => {
      const { councilId } = requireCouncil(request, 'manageSecurity');
      return { secondFactorRequiredFrom: await requiredFrom(councilId) };
    },
  );

  app.put(
    '/api/councils/:councilId/security',
    { schema: { params, body: councilSecurityBody, response: { 200: councilSecurityView } } },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'manageSecurity');
      const before = await requiredFrom(councilId);
      const after = request.body.secondFactorRequiredFrom;
      if (before !== after) {
        await db
          .update(councils)
          .set({ secondFactorRequiredFrom: after === null ? null : startOfJapanDay(after) })
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
      return { secondFactorRequiredFrom: after };
    },
  );
}
