import { caseRules } from '../../shared/case/documentCheck';
import { appendAudit, appendAuditOnce } from '../audit/auditLog';
import { readConfig } from '../config';
import { caseNeedsSecondFactor } from '../policies/secondFactor';
import { canonicalUuid, type DocumentKind, type DocumentResource } from '../realtime/documentKind';
import type { SocketUser } from '../realtime/socketAuth';
import { loadCase } from './store';

// A case document over the realtime server obeys the same rules as the case HTTP API: an idle
// session is signed out (by the realtime server, endsIdleSessions), and every open and every
// editing session is in the audit log.

const entry = (
  resource: DocumentResource,
  user: SocketUser,
  action: 'case.open' | 'case.edit',
) => ({
  councilId: resource.councilId,
  caseId: resource.id,
  actorId: user.userId,
  action,
  detail: { via: 'realtime' },
  ip: user.ip ?? null,
});

/** A case's ecomap, life stages, emergency plan, actions and records: `case:<caseId>`. */
export const caseDocumentKind: DocumentKind = {
  prefix: 'case',
  id: canonicalUuid,
  resolve: async (db, id) => (await loadCase(db, id))?.resource,
  rules: caseRules,
  endsIdleSessions: true,
  admit: async (db, resource, user) => {
    if (await caseNeedsSecondFactor(db, user.session, resource.councilId)) return false;
    // The page that opens the document has just logged this visit's open over HTTP.
    await appendAuditOnce(db, entry(resource, user, 'case.open'), readConfig().caseIdleMs);
    return true;
  },
  firstEdit: (db, resource, user) => appendAudit(db, entry(resource, user, 'case.edit')),
};
