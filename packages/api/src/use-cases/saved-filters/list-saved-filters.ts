import { listSavedFilters as savedFiltersOf, type SavedFilterRow } from '@irr/db/repositories';
import type { UseCaseContext } from '../context.js';

/** The signed-in person's own saved filters (the operator, no account, has none). */
export async function listSavedFilters(uc: UseCaseContext): Promise<SavedFilterRow[]> {
  return uc.actor.id === null ? [] : savedFiltersOf(uc.db, uc.actor.id);
}
