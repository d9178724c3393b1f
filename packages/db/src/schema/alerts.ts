import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { AlertFrequency, AlertTargetKind } from '@irr/domain';
import { enumValues } from './enum-values.js';
import { findings } from './findings.js';
import { organisations } from './organisations.js';
import { reports } from './reports.js';

/**
 * A member of the public who asked for email alerts: no account, only the address, kept for this alone and
 * deleted with every follow when they unsubscribe. Never shown to anyone, staff included.
 */
export const alertSubscribers = pgTable('alert_subscribers', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Lower-cased, as typed otherwise. */
  email: text('email').notNull().unique(),
  frequency: text('frequency', { enum: enumValues(AlertFrequency) }).notNull(),
  /**
   * The unsubscribe link's secret, in every mail's List-Unsubscribe: kept as it is (each mail needs it) and
   * good only for removing this address.
   */
  unsubscribeToken: text('unsubscribe_token').notNull().unique(),
  /** The newest confirmation link's secret (the mail is composed when it is sent); null once confirmed. */
  confirmationToken: text('confirmation_token').unique(),
  /** When the newest confirmation mail was asked for: one per address a day, so the form cannot pester anyone. */
  confirmationSentAt: timestamp('confirmation_sent_at', { withTimezone: true }),
  /** Changes made up to this instant have been sent (or were before the address was confirmed). */
  alertedThrough: timestamp('alerted_through', { withTimezone: true }),
  /** The London day of the last alert mail: at most one a day. */
  lastAlertOn: date('last_alert_on', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * What an address follows: a force, a report or a published finding. Unconfirmed until its address
 * confirms (the link confirms every follow waiting), and deleted unconfirmed after a week.
 */
export const alertFollows = pgTable(
  'alert_follows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => alertSubscribers.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: enumValues(AlertTargetKind) }).notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    reportId: uuid('report_id').references(() => reports.id, { onDelete: 'cascade' }),
    findingId: uuid('finding_id').references(() => findings.id, { onDelete: 'cascade' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('alert_follows_target_key')
      .on(t.subscriberId, t.kind, t.organisationId, t.reportId, t.findingId)
      .nullsNotDistinct(),
    index('alert_follows_subscriber_idx').on(t.subscriberId),
    check(
      'alert_follows_one_target',
      sql`(${t.kind} = 'force' and ${t.organisationId} is not null and ${t.reportId} is null and ${t.findingId} is null)
        or (${t.kind} = 'report' and ${t.reportId} is not null and ${t.organisationId} is null and ${t.findingId} is null)
        or (${t.kind} = 'finding' and ${t.findingId} is not null and ${t.organisationId} is null and ${t.reportId} is null)`,
    ),
  ],
);
