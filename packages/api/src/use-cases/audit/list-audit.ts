import { listAudit as auditPage } from '@irr/db/read-models';
import { Uuid, WireInstant } from '../../schemas.js';
import { z } from 'zod';
import { requireRole, type UseCaseContext } from '../context.js';

export const ListAuditInput = z.object({
  organisationId: Uuid,
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(64).optional(),
  actorId: Uuid.optional(),
  before: z.number().int().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListAuditInput = z.infer<typeof ListAuditInput>;

export const AuditRow = z.object({
  id: z.number().int(),
  at: WireInstant,
  actorId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditRow = z.input<typeof AuditRow>;

/** One page of an organisation's audit trail, newest first; any member may read it. */
export async function listAudit(uc: UseCaseContext, input: ListAuditInput): Promise<AuditRow[]> {
  requireRole(uc.actor, input.organisationId, 'viewer');
  const rows = await auditPage(uc.db, input);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorId: r.actorId,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
  }));
}
