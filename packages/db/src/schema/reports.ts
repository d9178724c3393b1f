import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
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
