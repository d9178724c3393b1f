import { deleteSavedFilter as deleteOwnFilter, recordAudit } from '@irr/db/repositories';
import { notFound } from '@irr/domain';
import type { UseCaseContext } from '../context.js';

/** Deletes one of the person's own saved filters; anyone else's id is NOT_FOUND, as a missing one. */
export async function deleteSavedFilter(
  uc: UseCaseContext,
  input: { id: string },
): Promise<{ id: string }> {
  const userId = uc.actor.id;
  if (userId === null) throw notFound('The saved filter');
  return uc.db.transaction(async (tx) => {
    const deleted = await deleteOwnFilter(tx, userId, input.id);
    if (!deleted) throw notFound('The saved filter');
    await recordAudit(tx, {
      actorId: userId,
      organisationId: null,
      action: 'saved_filter.deleted',
      entityType: 'saved_filter',
      entityId: deleted.id,
      before: { name: deleted.name, query: deleted.query },
    });
    return { id: deleted.id };
  });
}
