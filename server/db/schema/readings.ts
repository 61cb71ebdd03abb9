import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { councils, users } from './accounts';
import { createdAt } from './columns';

// The council's own readings (よみがな) of place and agency names, which the analyser behind the
// ふりがな of user text does not know or reads wrongly; kept by the secretariat.
export const councilReadings = pgTable(
  'council_readings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    word: text('word').notNull(),
    reading: text('reading').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('council_readings_word_idx').on(t.councilId, t.word)],
);
