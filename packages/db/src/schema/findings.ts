import { sql } from 'drizzle-orm';
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  AcceptancePosition,
  CauseOfConcernStatus,
  DatePrecision,
  FindingKind,
  FindingStatus,
  UpdateAuthor,
  Visibility,
  type InspectorateStatus,
  type SubItem,
} from '@irr/domain';
import { responseRecords } from './records.js';
import { reportFindings } from './reports.js';
import { users } from './users.js';
import { enumValues } from './enum-values.js';

export const findings = pgTable(
  'findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => responseRecords.id, { onDelete: 'cascade' }),
    ref: text('ref').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: enumValues(FindingKind) }).notNull(),
    reference: text('reference'),
    title: text('title'),
    text: text('text').notNull(),
    subItems: jsonb('sub_items')
      .$type<SubItem[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    pillar: text('pillar'),
    area: text('area'),
    questionId: text('question_id'),
    deadlinePhrase: text('deadline_phrase'),
    causeOfConcernId: uuid('cause_of_concern_id').references((): AnyPgColumn => findings.id),
    supersedes: text('supersedes'),
    /** The national or thematic report's own finding this one answers (`report_findings`), if linked. */
    reportFindingId: uuid('report_finding_id').references(() => reportFindings.id, {
      onDelete: 'set null',
    }),
    acceptancePosition: text('acceptance_position', { enum: enumValues(AcceptancePosition) }),
    acceptanceExplanation: text('acceptance_explanation'),
    status: text('status', { enum: enumValues(FindingStatus) })
      .notNull()
      .default('not_started'),
    causeStatus: text('cause_status', { enum: enumValues(CauseOfConcernStatus) }),
    causeClosedOn: date('cause_closed_on', { mode: 'string' }),
    causeClosureLink: text('cause_closure_link'),
    /** The member responsible for the finding; never shown publicly. */
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    /** A team label beside (or instead of) the owner; earlier free-text owners became these. */
    ownerTeam: text('owner_team'),
    originalTargetDate: date('original_target_date', { mode: 'string' }),
    targetDate: date('target_date', { mode: 'string' }),
    inspectorateStatus: jsonb('inspectorate_status').$type<InspectorateStatus>(),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('findings_record_ref_key').on(t.recordId, t.ref),
    index('findings_record_idx').on(t.recordId, t.position),
    index('findings_status_idx').on(t.status, t.targetDate),
  ],
);

export const findingUpdates = pgTable(
  'finding_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }),
    datePrecision: text('date_precision', { enum: enumValues(DatePrecision) })
      .notNull()
      .default('day'),
    author: text('author', { enum: enumValues(UpdateAuthor) }).notNull(),
    visibility: text('visibility', { enum: enumValues(Visibility) }).notNull(),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('finding_updates_finding_idx').on(t.findingId, t.position)],
);

/** Every status move, with its reason: the public timeline (the reason only if public) and the audit read it. */
export const statusChanges = pgTable(
  'status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    /** Whether the reason is shown on the portal: the user's choice, internal unless they chose public. */
    reasonVisibility: text('reason_visibility', { enum: enumValues(Visibility) })
      .notNull()
      .default('internal'),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Written order: moves made at the same instant (one clock reading) still read back in order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('status_changes_finding_idx').on(t.findingId)],
);

export const targetDateRevisions = pgTable(
  'target_date_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
    fromDate: date('from_date', { mode: 'string' }),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    reasonVisibility: text('reason_visibility', { enum: enumValues(Visibility) })
      .notNull()
      .default('internal'),
    revisedOn: date('revised_on', { mode: 'string' }).notNull(),
    revisedBy: uuid('revised_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Written order, as for status changes. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('target_date_revisions_finding_idx').on(t.findingId)],
);
