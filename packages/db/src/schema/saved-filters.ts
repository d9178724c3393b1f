import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SavedFindingsQuery } from '@irr/domain';
import { users } from './users.js';

/** A person's named findings-list filters: theirs alone, a name once each (letter case aside). */
export const savedFilters = pgTable(
  'saved_filters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The findings list's filters and sort, as `SavedFindingsQuery` validated them. */
    query: jsonb('query').$type<SavedFindingsQuery>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('saved_filters_user_name_key').on(t.userId, sql`lower(${t.name})`),
    index('saved_filters_user_idx').on(t.userId, t.createdAt),
  ],
);
