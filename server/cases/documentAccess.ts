import { appendAudit } from '../audit/auditLog';
import { invalidateSession } from '../auth/sessions';
import { readConfig } from '../config';
import type { Db } from '../db/client';
import type { DocumentAccess, DocumentResource } from '../realtime/documentResolver';
import type { SocketUser } from '../realtime/socketAuth';

// A case document over the realtime server obeys the same rules as the case HTTP API: an idle
// session is signed out, and every open and every editing session is in the audit log.

const audit = (
  db: Db,
  resource: DocumentResource,
  user: SocketUser,
  action: 'case.open' | 'case.edit',
) =>
  appendAudit(db, {
    councilId: resource.councilId,
    caseId: resource.id,
    actorId: user.userId,
    action,
    detail: { via: 'realtime' },
    ip: user.ip ?? null,
  });

export const caseDocumentAccess: DocumentAccess = {
  admit: async (db, resource, user) => {
    if (Date.now() - user.session.lastActiveAt.getTime() > readConfig().caseIdleMs) {
      await invalidateSession(db, user.session.id);
      return false;
    }
    await audit(db, resource, user, 'case.open');
    return true;
  },
  firstEdit: (db, resource, user) => audit(db, resource, user, 'case.edit'),
};
