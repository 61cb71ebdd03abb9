import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import { raisedIssueView, raiseIssueBody } from '../../shared/caseApi';
import { requireCouncil } from '../councils/requestCouncil';
import { raisedIssues } from '../db/schema';
import { badRequest } from '../http/errors';
import type { App, Deps } from '../http/types';
import { can } from '../policies';
import { mentionsPseudonym } from './pseudonymMention';
import { auditCase, caseFor } from './requestCase';
import { loadCase } from './store';

// 個別課題を地域課題へ: a member writes the problem without the person in it, and it reaches the
// council as an issue-card draft. The link back is kept for the case's members only.
export function raisedIssueRoutes(app: App, { db, config }: Deps) {
  app.post(
    '/api/cases/:caseId/raised-issues',
    {
      schema: {
        params: z.object({ caseId: id }),
        body: raiseIssueBody,
        response: { 201: raisedIssueView },
      },
    },
    async (request, reply) => {
      const { loaded, actor } = await caseFor(
        db,
        request,
        request.params.caseId,
        'read',
        config.caseIdleMs,
      );
      const { title, description } = request.body;
      if (
        mentionsPseudonym(loaded.row.pseudonym, title) ||
        mentionsPseudonym(loaded.row.pseudonym, description)
      ) {
        throw badRequest(
          'The text names the person of this case. Describe the problem without the pseudonym or other identifying details.',
        );
      }
      const [row] = await db
        .insert(raisedIssues)
        .values({
          councilId: loaded.row.councilId,
          caseId: loaded.row.id,
          title,
          description,
          raisedBy: actor.userId,
        })
        .returning();
      if (!row) throw new Error('raised issue insert returned nothing');
      await auditCase(db, request, loaded, 'case.raiseIssue', { raisedIssueId: row.id });
      return reply.code(201).send({
        id: row.id,
        title: row.title,
        description: row.description,
        createdAt: row.createdAt.toISOString(),
        caseId: row.caseId,
      });
    },
  );

  app.get(
    '/api/councils/:councilId/raised-issues',
    {
      schema: { params: z.object({ councilId: id }), response: { 200: z.array(raisedIssueView) } },
    },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'read');
      const rows = await db
        .select()
        .from(raisedIssues)
        .where(eq(raisedIssues.councilId, councilId))
        .orderBy(desc(raisedIssues.createdAt));
      const caseIds = [...new Set(rows.map((r) => r.caseId).filter((c) => c !== null))];
      const cases = await Promise.all(caseIds.map((c) => loadCase(db, c)));
      const readable = new Set(
        cases.filter((c) => c && can(actor, 'read', c.resource)).map((c) => c?.row.id),
      );
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        description: r.description,
        createdAt: r.createdAt.toISOString(),
        caseId: r.caseId && readable.has(r.caseId) ? r.caseId : null,
      }));
    },
  );
}
