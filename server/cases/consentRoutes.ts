import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import { consentView, recordConsentBody } from '../../shared/caseApi';
import { consentRecords } from '../db/schema';
import { badRequest, notFound } from '../http/errors';
import type { App, Deps } from '../http/types';
import { auditCase, caseFor } from './requestCase';
import { type ConsentRow, caseDocName } from './store';

const view = (c: ConsentRow) => ({
  id: c.id,
  scope: c.scope,
  agencies: c.agencies,
  validFrom: c.validFrom.toISOString(),
  validUntil: c.validUntil?.toISOString() ?? null,
  withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  createdAt: c.createdAt.toISOString(),
});

// Consent records (本人同意): scope, the agencies it covers, its period, and withdrawal. Members
// manage them even while the space is locked, since recording consent again is how it unlocks.
export function consentRoutes(app: App, { db, config, events }: Deps) {
  const caseParams = z.object({ caseId: id });
  const idle = config.caseIdleMs;

  app.get(
    '/api/cases/:caseId/consents',
    { schema: { params: caseParams, response: { 200: z.array(consentView) } } },
    async (request) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'manageConsent', idle);
      return loaded.consents.map(view);
    },
  );

  app.post(
    '/api/cases/:caseId/consents',
    { schema: { params: caseParams, body: recordConsentBody, response: { 201: consentView } } },
    async (request, reply) => {
      const { loaded, actor } = await caseFor(
        db,
        request,
        request.params.caseId,
        'manageConsent',
        idle,
      );
      if (loaded.row.legalBasis !== 'consentMeeting') {
        throw badRequest(
          'This case does not rest on consent; its legal basis allows sharing without it.',
        );
      }
      const { scope, agencies, validFrom, validUntil } = request.body;
      const [row] = await db
        .insert(consentRecords)
        .values({
          caseId: loaded.row.id,
          scope,
          agencies,
          validFrom: new Date(`${validFrom}T00:00:00Z`),
          validUntil: validUntil ? new Date(`${validUntil}T23:59:59Z`) : null,
          recordedBy: actor.userId,
        })
        .returning();
      if (!row) throw new Error('consent insert returned nothing');
      await auditCase(db, request, loaded, 'case.consentRecord', { agencies });
      events.emitDocumentAccessChanged(caseDocName(loaded.row.id));
      return reply.code(201).send(view(row));
    },
  );

  app.post(
    '/api/cases/:caseId/consents/:consentId/withdraw',
    { schema: { params: z.object({ caseId: id, consentId: id }), response: { 200: consentView } } },
    async (request) => {
      const { loaded } = await caseFor(db, request, request.params.caseId, 'manageConsent', idle);
      const [row] = await db
        .update(consentRecords)
        .set({ withdrawnAt: new Date() })
        .where(
          and(
            eq(consentRecords.id, request.params.consentId),
            eq(consentRecords.caseId, loaded.row.id),
            isNull(consentRecords.withdrawnAt),
          ),
        )
        .returning();
      if (!row) throw notFound('A current consent record with that id');
      await auditCase(db, request, loaded, 'case.consentWithdraw', { consentId: row.id });
      // Locks the space: open editors are disconnected.
      events.emitDocumentAccessChanged(caseDocName(loaded.row.id));
      return view(row);
    },
  );
}
