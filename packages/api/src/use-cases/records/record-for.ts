import { loadRecord, type StoredRecord } from '@irr/db/repositories';
import { notFound, type Role } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';

/** Load a record and check the actor's role in its organisation, before anything else happens. */
export async function recordFor(
  uc: UseCaseContext,
  recordId: string,
  needed: Role,
): Promise<StoredRecord> {
  const stored = await loadRecord(uc.db, recordId);
  if (!stored) throw notFound('That response record');
  requireRole(uc.actor, stored.row.organisationId, needed);
  return stored;
}
