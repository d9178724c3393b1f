import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { OrganisationKind } from '@irr/domain';
import { enumValues } from './enum-values.js';

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: enumValues(OrganisationKind) }).notNull(),
  /** Other names it is known by; with the name, unique per kind (see organisationNames). */
  aliases: text('aliases')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  rowVersion: integer('row_version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * How two names of organisations are compared: NFKC, '&' as 'and', no leading "the", spaces,
 * punctuation and invisible characters (soft hyphen, zero-width spaces and joiners) dropped, lower case ("The STAFFORDSHIRE  Police." is "staffordshirepolice"). One
 * SQL expression, used by the stored key and by every lookup, so the two cannot drift apart.
 */
export function organisationNameKey(name: SQL | AnyColumn): SQL<string> {
  return sql<string>`lower(regexp_replace(regexp_replace(regexp_replace(normalize(${name}, NFKC), '&', ' and ', 'g'), '^\\s*the\\s+', '', 'i'), '[[:space:][:punct:]\\u00ad\\u200b-\\u200f\\u2060\\ufeff]+', '', 'g'))`;
}

/**
 * Every name an organisation answers to (its name and its aliases), kept by a trigger on
 * `organisations` (see the migration). Unique per kind, and official names unique across kinds,
 * so an import's force name finds at most one organisation and no look-alike can be added: a
 * police force and the fire and rescue service of the same area both answer to the place name.
 */
export const organisationNames = pgTable(
  'organisation_names',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: enumValues(OrganisationKind) }).notNull(),
    name: text('name').notNull(),
    /** Its official name, not an alias. */
    official: boolean('official').notNull(),
    key: text('key')
      .notNull()
      .generatedAlwaysAs(() => organisationNameKey(sql.raw('"name"'))),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.key] }),
    uniqueIndex('organisation_names_kind_key_idx').on(t.kind, t.key),
    uniqueIndex('organisation_names_official_key_idx')
      .on(t.key)
      .where(sql`${t.official}`),
    check('organisation_names_key_not_blank', sql`${t.key} <> ''`),
  ],
);
