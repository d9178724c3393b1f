import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { PublicationStatus, type Grade, type OfficeHolder } from '@irr/domain';
import { organisations } from './organisations.js';
import { reports } from './reports.js';
import { users } from './users.js';
import { enumValues } from './enum-values.js';

/**
 * One s55 response per (report, organisation). The row holds the working draft; each publication
 * freezes a snapshot in record_versions. Findings hang off the record and outlive versions.
 */
export const responseRecords = pgTable(
  'response_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The response's permalink under its force (`peel-2018-19`), chosen once: see `responseSlugCandidates`. */
    slug: text('slug').notNull(),
    status: text('status', { enum: enumValues(PublicationStatus) })
      .notNull()
      .default('draft'),
    /** The version the draft will become when published (1 for a record never published). */
    draftVersion: integer('draft_version').notNull().default(1),
    latestPublishedVersion: integer('latest_published_version'),
    /** The version label of the office's own document, as imported ("v1.1"). */
    documentVersion: text('document_version'),
    commissioner: jsonb('commissioner').$type<OfficeHolder>().notNull(),
    chiefOfficer: jsonb('chief_officer').$type<OfficeHolder>().notNull(),
    summary: text('summary').notNull().default(''),
    grades: jsonb('grades')
      .$type<Grade[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    commissionerComments: text('commissioner_comments').notNull().default(''),
    chiefOfficerComments: text('chief_officer_comments').notNull().default(''),
    lastEditorId: uuid('last_editor_id').references(() => users.id),
    changesRequestedReason: text('changes_requested_reason'),
    /** Why the report's publication date was not known when this version was approved without it. */
    publicationDateUnknownReason: text('publication_date_unknown_reason'),
    // Statutory clock inputs.
    commentsRequestedOn: date('comments_requested_on', { mode: 'string' }),
    commentsDueOn: date('comments_due_on', { mode: 'string' }),
    commentsReceivedOn: date('comments_received_on', { mode: 'string' }),
    firstPublishedOn: date('first_published_on', { mode: 'string' }),
    sentToHmicfrsOn: date('sent_to_hmicfrs_on', { mode: 'string' }),
    sentToHomeSecretaryOn: date('sent_to_home_secretary_on', { mode: 'string' }),
    notRequiredReason: text('not_required_reason'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('response_records_report_org_key').on(t.reportId, t.organisationId),
    unique('response_records_org_slug_key').on(t.organisationId, t.slug),
    index('response_records_org_idx').on(t.organisationId),
    check('response_records_row_version_positive', sql`${t.rowVersion} > 0`),
  ],
);

/** Frozen published versions: what the public sees. Only the withdrawal columns ever change. */
export const recordVersions = pgTable(
  'record_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => responseRecords.id),
    version: integer('version').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
    /** The public ResponseRecord at publication (internal updates and owners removed). */
    snapshot: jsonb('snapshot').notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason'),
  },
  (t) => [unique('record_versions_record_version_key').on(t.recordId, t.version)],
);

/**
 * The findings of each published version, copied at publication: public search reads only these,
 * so no draft wording can ever reach it. `current` marks the latest, not withdrawn, version.
 */
export const publishedFindings = pgTable(
  'published_findings',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => recordVersions.id),
    findingId: uuid('finding_id').notNull(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => responseRecords.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    ref: text('ref').notNull(),
    kind: text('kind').notNull(),
    pillar: text('pillar'),
    area: text('area'),
    text: text('text').notNull(),
    /** The national report's finding it answered, as linked when this version was published. */
    reportFindingId: uuid('report_finding_id'),
    /**
     * What the version froze beside the wording, copied so that lists filter, count and show findings without
     * reading snapshots: the grade its response gives the finding (`gradeFor`), and the finding's own heading,
     * the report's number for it and the response's position on it, where the version gives them.
     */
    grade: text('grade'),
    title: text('title'),
    reference: text('reference'),
    acceptance: text('acceptance'),
    current: boolean('current').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.findingId] }),
    index('published_findings_current_idx').on(t.current, t.organisationId),
    // A finding's current wording by its id (the finding list reads a page's findings so).
    index('published_findings_finding_idx').on(t.findingId),
  ],
);
