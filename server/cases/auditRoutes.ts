import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import { auditEntryView, councilAuditView } from '../../shared/caseApi';
import { type AuditEntry, listAudit, verifyAuditChain } from '../audit/auditLog';
import { requireCouncil } from '../councils/requestCouncil';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import type { App, Deps } from '../http/types';
import { caseFor } from './requestCase';

async function withNames(db: Db, entries: AuditEntry[]) {
  const ids = [...new Set(entries.map((e) => e.actorId).filter((x) => x !== null))];
  const names = ids.length
    ? await db
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(inArray(users.id, ids))
    : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return entries.map((e) => ({
    id: e.id,
    caseId: e.caseId,
    actorId: e.actorId,
    actorName: e.actorId ? (nameOf.get(e.actorId) ?? null) : null,
    action: e.action,
    detail: JSON.parse(e.detail) as Record<string, unknown>,
    ip: e.ip,
    at: e.at.toISOString(),
  }));
}

export function auditRoutes(app: App, { db, config }: Deps) {
  // A case's own log, for its members (and the secretariat).
  app.get(
    '/api/cases/:caseId/audit',
    { schema: { params: z.object({ caseId: id }), response: { 200: z.array(auditEntryView) } } },
    async (request) => {
      const { loaded } = await caseFor(
        db,
        request,
        request.params.caseId,
        'viewAudit',
        config.caseIdleMs,
      );
      return withNames(
        db,
        await listAudit(db, { councilId: loaded.row.councilId, caseId: loaded.row.id }),
      );
    },
  );

  // Every case's log for the secretariat, with the result of checking the hash chain.
  app.get(
    '/api/councils/:councilId/audit',
    { schema: { params: z.object({ councilId: id }), response: { 200: councilAuditView } } },
    async (request) => {
      const { councilId } = requireCouncil(request, 'administerCases');
      const [chain, entries] = await Promise.all([
        verifyAuditChain(db),
        listAudit(db, { councilId }),
      ]);
      return { chain, entries: await withNames(db, entries) };
    },
  );
}
