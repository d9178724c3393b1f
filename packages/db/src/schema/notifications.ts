import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { NotificationKind } from '@irr/domain';
import { enumValues } from './enum-values.js';
import { organisations } from './organisations.js';
import { findings } from './findings.js';
import { responseRecords } from './records.js';
import { users } from './users.js';

/** What a person was told, in the app's list (unread until they open it). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: enumValues(NotificationKind) }).notNull(),
    recordId: uuid('record_id').references(() => responseRecords.id, { onDelete: 'cascade' }),
    findingId: uuid('finding_id').references(() => findings.id, { onDelete: 'cascade' }),
    /** The one line it says: titles and references only, never a finding's or update's text. */
    line: text('line').notNull(),
    /** Where in the admin app it leads, as a path. */
    link: text('link').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/**
 * Work done outside a request (mails, digests), claimed with FOR UPDATE SKIP LOCKED so several server
 * processes share it and each job runs once. `key` makes a job once only (a digest is keyed by person and
 * period); a claim holds `locked_until`, so a process that dies mid-job lets another retry it later.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** What it sent (to whom, the subject and text) or why it sent nothing: for admins' list of mail. */
    outcome: jsonb('outcome'),
    /** Set when it will not be tried again (too many failures): kept for an admin to see. */
    failedAt: timestamp('failed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`done_at is null and failed_at is null`),
  ],
);
