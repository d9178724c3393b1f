import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { DEFAULT_DIGEST, DigestFrequency, Role } from '@irr/domain';
import { enumValues } from './enum-values.js';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased; unique. */
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** scrypt: `scrypt$N$r$p$salt$hash`, never the password. */
  passwordHash: text('password_hash').notNull(),
  /** The whole account, by the operator (`irr disable-account`); an admin disables a membership. */
  disabled: boolean('disabled').notNull().default(false),
  failedSignIns: integer('failed_sign_ins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** How often they get the digest of what is due (their choice; off allowed). */
  digest: text('digest', { enum: enumValues(DigestFrequency) })
    .notNull()
    .default(DEFAULT_DIGEST),
  rowVersion: integer('row_version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: enumValues(Role) }).notNull(),
    /** Set by the organisation's admin: no access there; the account and its other memberships are untouched. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /**
     * When the person first signed in after being added. Until then the organisation's admins see
     * only the email they typed, so an invite tells them nothing about an existing account.
     */
    joinedAt: timestamp('joined_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] })],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a leaked table does not give working sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
