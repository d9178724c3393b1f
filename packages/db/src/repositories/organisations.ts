import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { OrganisationKind, OrganisationRef } from '@irr/domain';
import type { Db } from '../connection.js';
import { organisationNameKey, organisationNames, organisations } from '../schema/index.js';

export type OrganisationRow = typeof organisations.$inferSelect;

/**
 * The stored organisation a record names: by its slug when given and stored, else by its name or
 * an alias of that kind, compared as organisationNameKey folds them. Those are unique per kind
 * (organisation_names), so a name finds at most one organisation.
 */
export async function findOrganisation(
  db: Db,
  ref: Pick<OrganisationRef, 'name' | 'slug' | 'kind'>,
): Promise<OrganisationRow | null> {
  if (ref.slug) {
    const bySlug = await findOrganisationBySlug(db, ref.slug);
    if (bySlug) return bySlug;
  }
  const [row] = await db
    .select({ organisation: organisations })
    .from(organisationNames)
    .innerJoin(organisations, eq(organisations.id, organisationNames.organisationId))
    .where(
      and(
        eq(organisationNames.kind, ref.kind),
        eq(organisationNames.key, organisationNameKey(sql`${ref.name}`)),
      ),
    );
  return row?.organisation ?? null;
}

/**
 * The organisation a new name would be confused with, or null: another's name or alias of the
 * same kind, or another's official name of any kind (and, for an official name, any name at all).
 * The database refuses these too (organisation_names); this is for a clear answer first.
 */
export async function organisationNamedLike(
  db: Db,
  name: string,
  kind: OrganisationKind,
  official: boolean,
): Promise<{ name: string; slug: string } | null> {
  const [row] = await db
    .select({ name: organisations.name, slug: organisations.slug })
    .from(organisationNames)
    .innerJoin(organisations, eq(organisations.id, organisationNames.organisationId))
    .where(
      and(
        eq(organisationNames.key, organisationNameKey(sql`${name}`)),
        official
          ? undefined
          : or(eq(organisationNames.kind, kind), eq(organisationNames.official, true)),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function findOrganisationBySlug(
  db: Db,
  slug: string,
): Promise<OrganisationRow | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return row ?? null;
}

/** The organisations with these ids, by name. */
export async function organisationsByIds(
  db: Db,
  ids: readonly string[],
): Promise<OrganisationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, [...ids]))
    .orderBy(asc(organisations.name));
}

export async function insertOrganisation(
  db: Db,
  values: Pick<OrganisationRow, 'slug' | 'name' | 'kind' | 'aliases'>,
): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  return row!;
}
