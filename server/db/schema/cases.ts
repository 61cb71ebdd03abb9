import {
  bigint,
  bigserial,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AgeBand, LegalBasis, LifeStage } from '../../../shared/domain';
import { councils, users } from './accounts';
import { createdAt } from './columns';

// Case-conference spaces, their members, consent, raised issues, and the audit log of case access.

// A closed space for the supporters of one person. The person appears only by pseudonym; the
// content (ecomap, plans) is the Yjs document `case:<id>`.
export const caseSpaces = pgTable(
  'case_spaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    pseudonym: text('pseudonym').notNull(),
    ageBand: text('age_band').$type<AgeBand>(),
    lifeStage: text('life_stage').$type<LifeStage>(),
    legalBasis: text('legal_basis').$type<LegalBasis>().notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('case_spaces_council_idx').on(t.councilId)],
);

export const caseMembers = pgTable(
  'case_members',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseSpaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // The member's organisation: consent is given for sharing with agencies, not with people.
    agency: text('agency').notNull(),
    // 守秘義務: confirmed once before first access.
    pledgedAt: timestamp('pledged_at', { withTimezone: true }),
    addedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.userId] }),
    index('case_members_user_idx').on(t.userId),
  ],
);

// Adding a secretariat account to a case waits here until a pledged member of the case confirms:
// the secretariat manages membership but must not let itself into case content.
export const caseMemberRequests = pgTable(
  'case_member_requests',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseSpaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    agency: text('agency').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

export const consentRecords = pgTable('consent_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id')
    .notNull()
    .references(() => caseSpaces.id, { onDelete: 'cascade' }),
  scope: text('scope').notNull(),
  agencies: text('agencies').array().notNull(),
  validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
  validUntil: timestamp('valid_until', { withTimezone: true }),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

// An individual problem raised for the council, anonymised. The link back to the case is kept
// but only the case's members may follow it.
export const raisedIssues = pgTable(
  'raised_issues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => caseSpaces.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    raisedBy: uuid('raised_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('raised_issues_council_idx').on(t.councilId)],
);

// Append-only and chained per council with an HMAC whose key is outside the database (see
// server/audit/auditLog.ts). No foreign keys: entries outlive the cases they describe.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    councilId: uuid('council_id').notNull(),
    // The entry's number in its council's chain, from 1; null for entries from before the chain
    // was keyed per council.
    seq: bigint('seq', { mode: 'number' }),
    caseId: uuid('case_id'),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    detail: text('detail').notNull().default('{}'),
    ip: text('ip'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_case_idx').on(t.caseId, t.id),
    index('audit_log_council_idx').on(t.councilId, t.id),
    uniqueIndex('audit_log_council_seq_idx').on(t.councilId, t.seq),
  ],
);
