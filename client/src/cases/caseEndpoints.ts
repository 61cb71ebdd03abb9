// Typed calls for the case-space endpoints; shapes come from shared/caseApi.ts.
import type { BoardView } from '../../../shared/api';
import type {
  AddCaseMemberBody,
  AddCaseMemberView,
  AuditEntryView,
  CaseAdminView,
  CaseMemberRequestView,
  CaseMemberView,
  CaseSummary,
  ConsentView,
  CouncilAuditView,
  CreateCaseBody,
  RaisedIssueView,
  RaiseIssueBody,
  RecordConsentBody,
} from '../../../shared/caseApi';
import { request } from '../api/http';

const seg = encodeURIComponent;
const base = (caseId: string) => `/cases/${seg(caseId)}`;

export const caseApi = {
  list: (councilId: string) => request<CaseSummary[]>('GET', `/councils/${seg(councilId)}/cases`),
  create: (councilId: string, body: CreateCaseBody) =>
    request<CaseSummary>('POST', `/councils/${seg(councilId)}/cases`, body),
  get: (caseId: string) => request<CaseSummary>('GET', base(caseId)),
  pledge: (caseId: string) => request<CaseSummary>('POST', `${base(caseId)}/pledge`),
  close: (caseId: string) => request<CaseSummary>('POST', `${base(caseId)}/close`),
  members: (caseId: string) => request<CaseMemberView[]>('GET', `${base(caseId)}/members`),
  /** Nothing when added; a status when a secretariat account waits for a member's confirmation. */
  addMember: (caseId: string, body: AddCaseMemberBody) =>
    request<AddCaseMemberView | undefined>('POST', `${base(caseId)}/members`, body),
  memberRequests: (caseId: string) =>
    request<CaseMemberRequestView[]>('GET', `${base(caseId)}/member-requests`),
  confirmMemberRequest: (caseId: string, userId: string) =>
    request<void>('POST', `${base(caseId)}/member-requests/${seg(userId)}/confirm`),
  declineMemberRequest: (caseId: string, userId: string) =>
    request<void>('DELETE', `${base(caseId)}/member-requests/${seg(userId)}`),
  removeMember: (caseId: string, userId: string) =>
    request<void>('DELETE', `${base(caseId)}/members/${seg(userId)}`),
  consents: (caseId: string) => request<ConsentView[]>('GET', `${base(caseId)}/consents`),
  recordConsent: (caseId: string, body: RecordConsentBody) =>
    request<ConsentView>('POST', `${base(caseId)}/consents`, body),
  withdrawConsent: (caseId: string, consentId: string) =>
    request<ConsentView>('POST', `${base(caseId)}/consents/${seg(consentId)}/withdraw`),
  audit: (caseId: string) => request<AuditEntryView[]>('GET', `${base(caseId)}/audit`),
  adminList: (councilId: string) =>
    request<CaseAdminView[]>('GET', `/councils/${seg(councilId)}/cases/admin`),
  councilAudit: (councilId: string) =>
    request<CouncilAuditView>('GET', `/councils/${seg(councilId)}/audit`),
  raiseIssue: (caseId: string, body: RaiseIssueBody) =>
    request<RaisedIssueView>('POST', `${base(caseId)}/raised-issues`, body),
  raisedIssues: (councilId: string) =>
    request<RaisedIssueView[]>('GET', `/councils/${seg(councilId)}/raised-issues`),
  logExport: (caseId: string, format: 'print') =>
    request<{ notice: string }>('POST', `${base(caseId)}/exports`, { format }),
  boards: (councilId: string) => request<BoardView[]>('GET', `/councils/${seg(councilId)}/boards`),
};
