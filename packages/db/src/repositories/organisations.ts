import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { OrganisationRef } from '@irr/domain';
import type { Db } from '../connection.js';
import { organisations } from '../schema/index.js';
import { slugify } from './slugs.js';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function findOrganisation(
  db: Db,
  ref: Pick<OrganisationRef, 'name' | 'slug'>,
): Promise<OrganisationRow | null> {
  const name = ref.name.trim().toLowerCase();
  const rows = await db
    .select()
    .from(organisations)
    .where(
      or(
        ref.slug ? eq(organisations.slug, ref.slug) : undefined,
        sql`lower(${organisations.name}) = ${name}`,
        sql`${name} = ANY (SELECT lower(a) FROM unnest(${organisations.aliases}) AS a)`,
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function findOrCreateOrganisation(
  db: Db,
  ref: OrganisationRef,
): Promise<{ row: OrganisationRow; created: boolean }> {
  const existing = await findOrganisation(db, ref);
  if (existing) return { row: existing, created: false };
  const [row] = await db
    .insert(organisations)
    .values({ slug: ref.slug ?? slugify(ref.name), name: ref.name, kind: ref.kind, aliases: [] })
    .returning();
  return { row: row!, created: true };
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
