// HTTP shapes of case-conference spaces (事例検討・個別支援会議). The person is recorded only by
// pseudonym, age band and life stage: never a real name.
import { z } from 'zod';
import { id, role } from './api';
import { AGE_BANDS, LEGAL_BASES, LIFE_STAGES } from './domain';
import { rule } from './issues/fieldIssue';
import { requiredText as text } from './issues/text';

export const pseudonym = text(40);
export const legalBasis = z.enum(LEGAL_BASES);
export const ageBand = z.enum(AGE_BANDS);
export const lifeStage = z.enum(LIFE_STAGES);

export const createCaseBody = z.object({
  pseudonym,
  ageBand: ageBand.optional(),
  lifeStage: lifeStage.optional(),
  legalBasis,
  // The creator's own organisation, which consent must cover when consent is the basis.
  agency: text(120),
});
export type CreateCaseBody = z.infer<typeof createCaseBody>;

export const updateCaseBody = z
  .object({
    pseudonym: pseudonym.optional(),
    ageBand: ageBand.nullable().optional(),
    lifeStage: lifeStage.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, rule('nothingToUpdate'));
export type UpdateCaseBody = z.infer<typeof updateCaseBody>;

export const caseSummary = z.object({
  id,
  pseudonym: z.string(),
  ageBand: ageBand.nullable(),
  lifeStage: lifeStage.nullable(),
  legalBasis,
  closed: z.boolean(),
  locked: z.boolean(),
  pledged: z.boolean(),
  createdAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

/** What the secretariat sees of a case it is not a member of: no content, not even the pseudonym. */
export const caseAdminView = z.object({
  id,
  legalBasis,
  closed: z.boolean(),
  locked: z.boolean(),
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export type CaseAdminView = z.infer<typeof caseAdminView>;

export const caseMemberView = z.object({
  userId: id,
  displayName: z.string(),
  agency: z.string(),
  councilRole: role,
  pledgedAt: z.string().nullable(),
  addedAt: z.string(),
});
export type CaseMemberView = z.infer<typeof caseMemberView>;

export const addCaseMemberBody = z.object({ userId: id, agency: text(120) });
export type AddCaseMemberBody = z.infer<typeof addCaseMemberBody>;

/** Adding a secretariat account, by someone not in the case, waits for a member's confirmation. */
export const addCaseMemberView = z.object({ status: z.literal('awaitingConfirmation') });
export type AddCaseMemberView = z.infer<typeof addCaseMemberView>;

/** A secretariat account waiting for a case member's confirmation before it joins the case. */
export const caseMemberRequestView = z.object({
  userId: id,
  displayName: z.string(),
  agency: z.string(),
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
});
export type CaseMemberRequestView = z.infer<typeof caseMemberRequestView>;

export const consentView = z.object({
  id,
  scope: z.string(),
  agencies: z.array(z.string()),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ConsentView = z.infer<typeof consentView>;

export const recordConsentBody = z
  .object({
    scope: text(1000, { multiline: true }),
    agencies: z.array(text(120)).min(1).max(50),
    validFrom: z.iso.date(),
    validUntil: z.iso.date().optional(),
  })
  .refine(
    (b) => !b.validUntil || b.validUntil >= b.validFrom,
    rule('endBeforeStart', {}, ['validUntil']),
  );
export type RecordConsentBody = z.infer<typeof recordConsentBody>;

export const auditEntryView = z.object({
  id: z.number().int(),
  caseId: id.nullable(),
  actorId: id.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  at: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntryView>;

export const councilAuditView = z.object({
  // This council's chain only: entries edited or re-chained, missing inside, missing at the end.
  chain: z.object({
    ok: z.boolean(),
    entries: z.number().int(),
    rewritten: z.number().int(),
    missing: z.number().int(),
    truncated: z.number().int(),
    unkeyed: z.number().int(),
    brokenAtId: z.number().int().optional(),
  }),
  entries: z.array(auditEntryView),
});
export type CouncilAuditView = z.infer<typeof councilAuditView>;

export const raiseIssueBody = z.object({ title: text(120), description: text(4000) });
export type RaiseIssueBody = z.infer<typeof raiseIssueBody>;

export const raisedIssueView = z.object({
  id,
  title: z.string(),
  description: z.string(),
  createdAt: z.string(),
  // Present only for members of the case it came from.
  caseId: id.nullable(),
});
export type RaisedIssueView = z.infer<typeof raisedIssueView>;

export const exportBody = z.object({ format: z.enum(['print', 'pdf', 'image', 'csv', 'json']) });
export const exportView = z.object({ notice: z.string() });
