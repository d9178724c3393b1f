import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DocumentFormat, ImportDecision } from '@irr/domain';
import { organisations } from './organisations.js';
import { responseRecords } from './records.js';
import { users } from './users.js';

/** What a pending import has become: still under review, saved as a record, or thrown away. */
export const PENDING_IMPORT_STATUSES = ['pending', 'imported', 'discarded'] as const;
export type PendingImportStatus = (typeof PENDING_IMPORT_STATUSES)[number];

/** Where a line of a pending import's record text came from in its document (null for record text). */
export interface StoredPlace {
  page: number | null;
  paragraph: number;
}

/** Files staged together (one upload, folder or archive); a single file is a batch of one. */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('import_batches_user_idx').on(t.userId)],
);

/**
 * One record of a staged file, waiting for its user's review. The parse is not stored: the draft is
 * always rebuilt from `source_text` and the user's `decisions`, so it can never drift from them.
 */
export const pendingImports = pgTable(
  'pending_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The organisation the record names, among the user's editor memberships; null when it cannot be. */
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    fileName: text('file_name').notNull(),
    format: text('format').$type<DocumentFormat>().notNull(),
    /** This record's own record text (a document's, as its adapter made it). */
    sourceText: text('source_text').notNull(),
    /** Its first line - 1 in the file, so diagnostics name the file's lines. */
    lineOffset: integer('line_offset').notNull().default(0),
    /** The page and paragraph of each of its lines; null for record text. */
    places: jsonb('places').$type<StoredPlace[] | null>(),
    /** What the file's reader noticed outside the parser (a document's running headers, a damaged file). */
    fileDiagnostics: jsonb('file_diagnostics')
      .$type<unknown[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    decisions: jsonb('decisions')
      .$type<ImportDecision[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    status: text('status', { enum: PENDING_IMPORT_STATUSES }).notNull().default('pending'),
    resultRecordId: uuid('result_record_id').references(() => responseRecords.id, {
      onDelete: 'set null',
    }),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Seven days after the last change. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('pending_imports_batch_idx').on(t.batchId),
    index('pending_imports_user_status_idx').on(t.userId, t.status),
    index('pending_imports_expires_idx').on(t.expiresAt),
    check('pending_imports_row_version_positive', sql`${t.rowVersion} > 0`),
  ],
);
