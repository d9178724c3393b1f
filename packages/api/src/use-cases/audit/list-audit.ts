import { listAudit as auditPage } from '@irr/db/read-models';
import { requireRole, type UseCaseContext } from '../context.js';
import type { AuditRow, ListAuditInput } from './audit-row.schema.js';
import { describeAuditEvents } from './describe-audit-events.js';

/**
 * One page of an organisation's audit trail, newest first, in words: who (by name), what (the
 * action), on which record or finding, and what changed; any member may read it.
 */
export async function listAudit(uc: UseCaseContext, input: ListAuditInput): Promise<AuditRow[]> {
  requireRole(uc.actor, input.organisationId, 'viewer');
  const rows = await auditPage(uc.db, input);
  const described = await describeAuditEvents(uc.db, rows);
  return rows.map((r, i) => ({
    id: r.id,
    at: r.at,
    actorId: r.actorId,
    actorName: r.actorName,
    action: r.action,
    ...described[i]!,
  }));
}
