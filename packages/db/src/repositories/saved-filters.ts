import { and, asc, eq } from 'drizzle-orm';
import type { SavedFindingsQuery } from '@irr/domain';
import type { Db } from '../connection.js';
import { savedFilters } from '../schema/index.js';

const shown = {
  id: savedFilters.id,
  name: savedFilters.name,
  query: savedFilters.query,
  createdAt: savedFilters.createdAt,
};

/** A person's saved filters, oldest first. */
export async function listSavedFilters(db: Db, userId: string) {
  return db
    .select(shown)
    .from(savedFilters)
    .where(eq(savedFilters.userId, userId))
    .orderBy(asc(savedFilters.createdAt), asc(savedFilters.name));
}

export type SavedFilterRow = Awaited<ReturnType<typeof listSavedFilters>>[number];

/** Saves a filter; null when the person already has one of this name (letter case aside). */
export async function insertSavedFilter(
  db: Db,
  values: { userId: string; name: string; query: SavedFindingsQuery },
): Promise<SavedFilterRow | null> {
  const [row] = await db.insert(savedFilters).values(values).onConflictDoNothing().returning(shown);
  return row ?? null;
}

/** Deletes one of this person's filters; null when they have none with this id. */
export async function deleteSavedFilter(
  db: Db,
  userId: string,
  id: string,
): Promise<SavedFilterRow | null> {
  const [row] = await db
    .delete(savedFilters)
    .where(and(eq(savedFilters.id, id), eq(savedFilters.userId, userId)))
    .returning(shown);
  return row ?? null;
}
