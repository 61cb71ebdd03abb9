import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import { auditEntryView, councilAuditView } from '../../shared/caseApi';
import { type AuditEntry, listAudit, verifyAuditChain } from '../audit/auditLog';
import { requireCouncil } from '../councils/requestCouncil';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import type { App, Deps } from '../http/types';
import { type Actor, can } from '../policies';
import { caseFor } from './requestCase';
import { loadCase } from './store';

// What an entry's detail may show to someone who cannot read the case (the secretariat): who was
// let in or refused and how, never anything from the case (agencies, consent scope, legal basis).
const ADMINISTRATIVE_DETAIL = new Set(['userId', 'secretariatAccount', 'confirmedBy', 'via']);

function administrativeOnly(detail: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(detail).filter(([k]) => ADMINISTRATIVE_DETAIL.has(k)));
}

/** Case ids among `entries` whose content `actor` may read. */
async function readableCases(db: Db, actor: Actor, entries: AuditEntry[]): Promise<Set<string>> {
  const ids = [...new Set(entries.map((e) => e.caseId).filter((c) => c !== null))];
  const loaded = await Promise.all(ids.map((caseId) => loadCase(db, caseId)));
  return new Set(
    loaded.filter((c) => c && can(actor, 'read', c.resource)).map((c) => c?.row.id as string),
  );
}

async function views(db: Db, actor: Actor, entries: AuditEntry[]) {
  const ids = [...new Set(entries.map((e) => e.actorId).filter((x) => x !== null))];
  const [names, readable] = await Promise.all([
    ids.length
      ? db
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(inArray(users.id, ids))
      : [],
    readableCases(db, actor, entries),
  ]);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return entries.map((e) => {
    const detail = JSON.parse(e.detail) as Record<string, unknown>;
    return {
      id: e.id,
      caseId: e.caseId,
      actorId: e.actorId,
      actorName: e.actorId ? (nameOf.get(e.actorId) ?? null) : null,
      action: e.action,
      detail: e.caseId && readable.has(e.caseId) ? detail : administrativeOnly(detail),
      ip: e.ip,
      at: e.at.toISOString(),
    };
  });
}

export function auditRoutes(app: App, { db, config }: Deps) {
  // A case's own log, for its members (and the secretariat, without content-derived details).
  app.get(
    '/api/cases/:caseId/audit',
    { schema: { params: z.object({ caseId: id }), response: { 200: z.array(auditEntryView) } } },
    async (request) => {
      const { loaded, actor } = await caseFor(
        db,
        request,
        request.params.caseId,
        'viewAudit',
        config.caseIdleMs,
      );
      return views(
        db,
        actor,
        await listAudit(db, { councilId: loaded.row.councilId, caseId: loaded.row.id }),
      );
    },
  );

  // Every case's log for the secretariat, with the result of checking this council's chain.
  app.get(
    '/api/councils/:councilId/audit',
    { schema: { params: z.object({ councilId: id }), response: { 200: councilAuditView } } },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'administerCases');
      const [chain, entries] = await Promise.all([
        verifyAuditChain(db, councilId),
        listAudit(db, { councilId }),
      ]);
      return { chain, entries: await views(db, actor, entries) };
    },
  );
}
