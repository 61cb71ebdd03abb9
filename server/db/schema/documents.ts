import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SavedPresetBody } from '../../../shared/board/savedPresets';
import { councils, users } from './accounts';
import { bytea, createdAt } from './columns';

// Network boards and the storage of every Yjs document (update log and snapshots).

export const boards = pgTable(
  'boards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    archived: boolean('archived').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('boards_council_idx').on(t.councilId)],
);

// Column mappings a council saved by hand for its recurring spreadsheets (shared/board/savedPresets.ts).
// Saving under a name the council already uses replaces that setting.
export const importPresets = pgTable(
  'import_presets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    columns: jsonb('columns').$type<SavedPresetBody['columns']>().notNull(),
    defaults: jsonb('defaults').$type<SavedPresetBody['defaults']>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('import_presets_council_name_idx').on(t.councilId, t.name)],
);

// Yjs persistence: an append-only log of updates per document, periodically merged into one
// snapshot row. A document's state is its snapshot plus every update with a larger id.
export const docUpdates = pgTable(
  'doc_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    docName: text('doc_name').notNull(),
    update: bytea('update').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('doc_updates_doc_idx').on(t.docName, t.id)],
);

export const docSnapshots = pgTable('doc_snapshots', {
  docName: text('doc_name').primaryKey(),
  state: bytea('state').notNull(),
  // The last update id merged into `state`; the tail is every update after it.
  throughUpdateId: bigint('through_update_id', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
});
