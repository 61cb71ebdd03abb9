// Typed calls for the case-space endpoints; shapes come from shared/caseApi.ts.
import { z } from 'zod';
import {
  type AddCaseMemberBody,
  addCaseMemberView,
  auditEntryView,
  type CreateCaseBody,
  caseAdminView,
  caseMemberRequestView,
  caseMemberView,
  caseSummary,
  consentView,
  councilAuditView,
  exportView,
  type RaiseIssueBody,
  type RecordConsentBody,
  raisedIssueView,
} from '../../../shared/caseApi';
import { noContent, request } from '../api/http';

const seg = encodeURIComponent;
const base = (caseId: string) => `/cases/${seg(caseId)}`;

export const caseApi = {
  list: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/cases`, undefined, z.array(caseSummary)),
  create: (councilId: string, body: CreateCaseBody) =>
    request('POST', `/councils/${seg(councilId)}/cases`, body, caseSummary),
  get: (caseId: string) => request('GET', base(caseId), undefined, caseSummary),
  pledge: (caseId: string) => request('POST', `${base(caseId)}/pledge`, undefined, caseSummary),
  close: (caseId: string) => request('POST', `${base(caseId)}/close`, undefined, caseSummary),
  members: (caseId: string) =>
    request('GET', `${base(caseId)}/members`, undefined, z.array(caseMemberView)),
  /** Nothing when added; a status when a secretariat account waits for a member's confirmation. */
  addMember: (caseId: string, body: AddCaseMemberBody) =>
    request('POST', `${base(caseId)}/members`, body, addCaseMemberView.optional()),
  memberRequests: (caseId: string) =>
    request('GET', `${base(caseId)}/member-requests`, undefined, z.array(caseMemberRequestView)),
  confirmMemberRequest: (caseId: string, userId: string) =>
    request('POST', `${base(caseId)}/member-requests/${seg(userId)}/confirm`, undefined, noContent),
  declineMemberRequest: (caseId: string, userId: string) =>
    request('DELETE', `${base(caseId)}/member-requests/${seg(userId)}`, undefined, noContent),
  removeMember: (caseId: string, userId: string) =>
    request('DELETE', `${base(caseId)}/members/${seg(userId)}`, undefined, noContent),
  consents: (caseId: string) =>
    request('GET', `${base(caseId)}/consents`, undefined, z.array(consentView)),
  recordConsent: (caseId: string, body: RecordConsentBody) =>
    request('POST', `${base(caseId)}/consents`, body, consentView),
  withdrawConsent: (caseId: string, consentId: string) =>
    request('POST', `${base(caseId)}/consents/${seg(consentId)}/withdraw`, undefined, consentView),
  audit: (caseId: string) =>
    request('GET', `${base(caseId)}/audit`, undefined, z.array(auditEntryView)),
  adminList: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/cases/admin`, undefined, z.array(caseAdminView)),
  councilAudit: (councilId: string) =>
    request('GET', `/councils/${seg(councilId)}/audit`, undefined, councilAuditView),
  raiseIssue: (caseId: string, body: RaiseIssueBody) =>
    request('POST', `${base(caseId)}/raised-issues`, body, raisedIssueView),
  logExport: (caseId: string, format: 'print') =>
    request('POST', `${base(caseId)}/exports`, { format }, exportView),
};
