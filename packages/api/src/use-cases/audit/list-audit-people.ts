import { auditActors } from '@irr/db/read-models';
import { requireRole, type UseCaseContext } from '../context.js';
import type { AuditPerson } from './audit-row.schema.js';

/** Everyone who has done something in an organisation's audit trail, by name: the log's "who" filter. */
export async function listAuditPeople(
  uc: UseCaseContext,
  input: { organisationId: string },
): Promise<AuditPerson[]> {
  requireRole(uc.actor, input.organisationId, 'viewer');
  return auditActors(uc.db, input.organisationId);
}
