import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Requests per client address in fixed windows, shared by every server process on this database.
 * A row is one bucket (sign-in, search, open data), one address and one window; rows of ended
 * windows are deleted by the limiter as it goes.
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    bucket: text('bucket').notNull(),
    client: text('client').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.client, t.windowStart] })],
);
