import { insertSavedFilter, recordAudit, type SavedFilterRow } from '@irr/db/repositories';
import { AppError } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import type { SaveFilterInput } from './saved-filter.schema.js';

/** Saves the findings list's filters and sort under a name of the person's own, audited. */
export async function saveFilter(
  uc: UseCaseContext,
  input: SaveFilterInput,
): Promise<SavedFilterRow> {
  const userId = uc.actor.id;
  if (userId === null)
    throw new AppError({ code: 'FORBIDDEN', message: 'Only a signed-in person saves filters' });
  return uc.db.transaction(async (tx) => {
    const saved = await insertSavedFilter(tx, { userId, name: input.name, query: input.query });
    if (!saved)
      throw new AppError({
        code: 'ALREADY_EXISTS',
        message: `You already have a filter named "${input.name}"; choose another name`,
        field: 'name',
      });
    await recordAudit(tx, {
      actorId: userId,
      organisationId: null,
      action: 'saved_filter.saved',
      entityType: 'saved_filter',
      entityId: saved.id,
      after: { name: saved.name, query: saved.query },
    });
    return saved;
  });
}
