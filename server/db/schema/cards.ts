import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Field, HubFunction, IssueCardStatus } from '../../../shared/domain';
import { councils, users } from './accounts';
import { raisedIssues } from './cases';
import { bytea, createdAt } from './columns';
import { boards } from './documents';

// Council terms, 部会, region-issue cards with their story and links, and boards frozen at a term's close.

// A council term (期), e.g. 第10期（令和7〜8年度）. The current term is the open one that starts
// last; a closed term is read-only everywhere.
export const terms = pgTable(
  'terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('terms_council_idx').on(t.councilId)],
);

// A subcommittee (部会) of one term: its remit (下命事項), chair and members.
export const subcommittees = pgTable(
  'subcommittees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    chairId: uuid('chair_id').references(() => users.id, { onDelete: 'set null' }),
    memberIds: uuid('member_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: createdAt(),
  },
  (t) => [index('subcommittees_term_idx').on(t.termId)],
);

// A region-issue card (地域課題). The card's workflow lives here (status, owner 部会, term,
// lineage); the entries of its four columns are the term's Yjs document `cards:<termId>`.
export const issueCards = pgTable(
  'issue_cards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    subcommitteeId: uuid('subcommittee_id').references(() => subcommittees.id, {
      onDelete: 'set null',
    }),
    parentId: uuid('parent_id'),
    carriedFromId: uuid('carried_from_id'),
    mergedIntoId: uuid('merged_into_id'),
    raisedIssueId: uuid('raised_issue_id').references(() => raisedIssues.id, {
      onDelete: 'set null',
    }),
    code: text('code').notNull().default(''),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    theme: text('theme').notNull().default(''),
    fields: text('fields').array().$type<Field[]>().notNull().default(sql`'{}'::text[]`),
    hubFunctions: text('hub_functions')
      .array()
      .$type<HubFunction[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status').$type<IssueCardStatus>().notNull().default('raised'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('issue_cards_term_idx').on(t.termId),
    index('issue_cards_council_idx').on(t.councilId),
  ],
);

// The story of a card: every change of status, owner, term, merge or link, with who, when and
// why. Append-only; `detail` is JSON of what changed (from / to, the linked thing).
export const issueCardEvents = pgTable(
  'issue_card_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    cardId: uuid('card_id')
      .notNull()
      .references(() => issueCards.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    detail: text('detail').notNull().default('{}'),
    reason: text('reason'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('issue_card_events_card_idx').on(t.cardId, t.id)],
);

// What a card cites or came from: agencies on a board, meetings that discussed it.
export const issueCardLinks = pgTable(
  'issue_card_links',
  {
    cardId: uuid('card_id')
      .notNull()
      .references(() => issueCards.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'meeting' | 'agency'>().notNull(),
    // For an agency: `<boardId>/<agencyId>`; for a meeting: its id.
    target: text('target').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.cardId, t.kind, t.target] }),
    index('issue_card_links_target_idx').on(t.kind, t.target),
  ],
);

// A board as it was when a term closed: its Yjs state at the freeze and its name then. Written
// once by closing the term (server/cards/boardSnapshots.ts), never changed afterwards.
export const boardSnapshots = pgTable(
  'board_snapshots',
  {
    termId: uuid('term_id')
      .notNull()
      .references(() => terms.id, { onDelete: 'cascade' }),
    boardId: uuid('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    state: bytea('state').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.termId, t.boardId] })],
);
