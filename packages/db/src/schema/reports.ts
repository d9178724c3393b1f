import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { FindingKind } from '@irr/domain';
import { enumValues } from './enum-values.js';
import { organisations } from './organisations.js';

export const reports = pgTable('reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  inspectorate: text('inspectorate').notNull(),
  type: text('type').notNull(),
  framework: text('framework'),
  publishedOn: date('published_on', { mode: 'string' }),
  link: text('link'),
  /** A national report covers every force; otherwise report_forces lists them. */
  national: boolean('national').notNull().default(false),
  rowVersion: integer('row_version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const reportForces = pgTable(
  'report_forces',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.organisationId] }),
    index('report_forces_org_idx').on(t.organisationId),
  ],
);

/**
 * A national or thematic report's findings, stored once at the report: each force that answers it links
 * its own finding here (`findings.report_finding_id`), so the same recommendation is one thing across
 * forces. Made from the first answer imported; the wording is that office's and is never shown publicly
 * (each force's published wording is), so a draft's text cannot reach the portal through it.
 */
export const reportFindings = pgTable(
  'report_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: enumValues(FindingKind) }).notNull(),
    /** The report's own number for it ("3"), or the register's ref where the report gives none. */
    number: text('number').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('report_findings_report_kind_number_key').on(t.reportId, t.kind, t.number)],
);
