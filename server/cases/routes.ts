import { and, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import {
  caseAdminView,
  caseSummary,
  createCaseBody,
  exportBody,
  exportView,
  updateCaseBody,
} from '../../shared/caseApi';
import { appendAudit } from '../audit/auditLog';
import { requireCouncil } from '../councils/requestCouncil';
import { caseMembers, caseSpaces } from '../db/schema';
import type { App, Deps } from '../http/types';
import { auditCase, auditCaseOnce, caseFor } from './requestCase';
import { type CaseRow, caseDocName, loadCase } from './store';

export const CONFIDENTIALITY_NOTICE =
  '【取扱注意】この資料には要配慮個人情報が含まれます。会議の目的以外に使用せず、複製・持ち出し・第三者への提供をしないでください。 / CONFIDENTIAL: sensitive personal information. Use only for this case conference; do not copy or share.';

const summary = (row: CaseRow, locked: boolean, pledged: boolean) => ({
  id: row.id,
  pseudonym: row.pseudonym,
  ageBand: row.ageBand,
  lifeStage: row.lifeStage,
  legalBasis: row.legalBasis,
  closed: row.closedAt !== null,
  locked,
  pledged,
  createdAt: row.createdAt.toISOString(),
});

export function caseRoutes(app: App, { db, config, events, documents }: Deps) {
  const councilParams = z.object({ councilId: id });
  const caseParams = z.object({ caseId: id });
  const idle = config.caseIdleMs;

  // A member's own cases. Non-members learn nothing here, not even that a case exists.
  app.get(
    '/api/councils/:councilId/cases',
    { schema: { params: councilParams, response: { 200: z.array(caseSummary) } } },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'read');
      const mine = await db
        .select({ caseId: caseMembers.caseId })
        .from(caseMembers)
        .innerJoin(caseSpaces, eq(caseMembers.caseId, caseSpaces.id))
        .where(and(eq(caseMembers.userId, actor.userId), eq(caseSpaces.councilId, councilId)))
        .orderBy(desc(caseSpaces.createdAt));
      const loaded = await Promise.all(mine.map((m) => loadCase(db, m.caseId)));
      return loaded
        .filter((l) => l !== undefined)
        .map((l) => {
          const pledged = l.resource.members.get(actor.userId)?.pledged === true;
          // Before the pledge a member sees that the case exists, not who it is about.
          return summary(pledged ? l.row : { ...l.row, pseudonym: '' }, l.resource.locked, pledged);
        });
    },
  );

  // The secretariat's view of every case: ids, state and member counts, no content.
  app.get(
    '/api/councils/:councilId/cases/admin',
    { schema: { params: councilParams, response: { 200: z.array(caseAdminView) } } },
    async (request) => {
      const { councilId } = requireCouncil(request, 'administerCases');
      const rows = await db
        .select({ row: caseSpaces, members: count(caseMembers.userId) })
        .from(caseSpaces)
        .leftJoin(caseMembers, eq(caseMembers.caseId, caseSpaces.id))
        .where(eq(caseSpaces.councilId, councilId))
        .groupBy(caseSpaces.id)
        .orderBy(desc(caseSpaces.createdAt));
      const loaded = await Promise.all(rows.map((r) => loadCase(db, r.row.id)));
      return rows.map(({ row, members }, i) => ({
        id: row.id,
        legalBasis: row.legalBasis,
        closed: row.closedAt !== null,
        locked: loaded[i]?.resource.locked ?? false,
        memberCount: members,
        createdAt: row.createdAt.toISOString(),
      }));
    },
  );

  app.post(
    '/api/councils/:councilId/cases',
    { schema: { params: councilParams, body: createCaseBody, response: { 201: caseSummary } } },
    async (request, reply) => {
      const { actor, councilId } = requireCouncil(request, 'createCase');
      const { agency, ...fields } = request.body;
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(caseSpaces)
          .values({ ...fields, councilId, createdBy: actor.userId })
          .returning();
        if (!created) throw new Error('case insert returned nothing');
        await tx.insert(caseMembers).values({ caseId: created.id, userId: actor.userId, agency });
        return created;
      });
      await appendAudit(db, {
        councilId,
        caseId: row.id,
        actorId: actor.userId,
        action: 'case.create',
        detail: { legalBasis: row.legalBasis },
        ip: request.ip,
      });
      return reply.code(201).send(summary(row, false, false));
    },
  );

  app.get(
    '/api/cases/:caseId',
    { schema: { params: caseParams, response: { 200: caseSummary } } },
    async (request) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'read', idle);
      await auditCaseOnce(db, request, loaded, 'case.open', idle);
      return summary(loaded.row, loaded.resource.locked, true);
    },
  );

  app.post(
    '/api/cases/:caseId/pledge',
    { schema: { params: caseParams, response: { 200: caseSummary } } },
    async (request) => {
      const { loaded, actor } = await caseFor(db, request, request.params.caseId, 'pledge', idle);
      await db
        .update(caseMembers)
        .set({ pledgedAt: new Date() })
        .where(and(eq(caseMembers.caseId, loaded.row.id), eq(caseMembers.userId, actor.userId)));
      await auditCase(db, request, loaded, 'case.pledge');
      events.emitDocumentAccessChanged(caseDocName(loaded.row.id));
      return summary(loaded.row, loaded.resource.locked, true);
    },
  );

  app.patch(
    '/api/cases/:caseId',
    { schema: { params: caseParams, body: updateCaseBody, response: { 200: caseSummary } } },
    async (request) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'edit', idle);
      const [row] = await db
        .update(caseSpaces)
        .set(request.body)
        .where(eq(caseSpaces.id, loaded.row.id))
        .returning();
      await auditCase(db, request, loaded, 'case.update', { fields: Object.keys(request.body) });
      return summary(row ?? loaded.row, loaded.resource.locked, true);
    },
  );

  app.post(
    '/api/cases/:caseId/close',
    { schema: { params: caseParams, response: { 200: caseSummary } } },
    async (request) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'close', idle);
      const [row] = await db
        .update(caseSpaces)
        .set({ closedAt: new Date() })
        .where(eq(caseSpaces.id, loaded.row.id))
        .returning();
      await auditCase(db, request, loaded, 'case.close');
      events.emitDocumentAccessChanged(caseDocName(loaded.row.id));
      return summary(row ?? loaded.row, loaded.resource.locked, true);
    },
  );

  // Removes the case, its document with all its history, its members and consents. The audit
  // entries stay: they are the record that the case existed and who saw it.
  app.delete(
    '/api/cases/:caseId',
    {
      schema: {
        params: caseParams,
        response: {
          200: z.object({
            deleted: z.literal(true),
            documentUpdatesRemoved: z.number(),
            auditEntriesKept: z.literal(true),
          }),
        },
      },
    },
    async (request) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'delete', idle);
      const docName = caseDocName(loaded.row.id);
      // Through the document server, so that no open connection writes the case back.
      const removed = await documents.deleteDocument(docName, async (tx) => {
        await tx.delete(caseSpaces).where(eq(caseSpaces.id, loaded.row.id));
      });
      await auditCase(db, request, loaded, 'case.delete', { documentUpdatesRemoved: removed });
      return {
        deleted: true as const,
        documentUpdatesRemoved: removed,
        auditEntriesKept: true as const,
      };
    },
  );

  // Called before printing or saving an image/PDF: logs the export and returns the notice that
  // the exported page must carry.
  app.post(
    '/api/cases/:caseId/exports',
    { schema: { params: caseParams, body: exportBody, response: { 200: exportView } } },
    async (request) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'read', idle);
      await auditCase(db, request, loaded, 'case.export', { format: request.body.format });
      return { notice: CONFIDENTIALITY_NOTICE };
    },
  );
}
