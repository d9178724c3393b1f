import { listAudit } from '@irr/db/repositories';
import { z } from 'zod';
import { Uuid } from '../schemas.js';
import { requireRole, router, staffProcedure } from '../trpc.js';

const AuditRow = z.object({
  id: z.number().int(),
  at: z.date(),
  actorId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditRouter = router({
  list: staffProcedure
    .input(
      z.object({
        organisationId: Uuid,
        entityType: z.string().max(40).optional(),
        entityId: z.string().max(64).optional(),
        actorId: Uuid.optional(),
        before: z.number().int().optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .output(z.array(AuditRow))
    .query(async ({ ctx, input }) => {
      requireRole(ctx.user, input.organisationId, 'viewer');
      const rows = await listAudit(ctx.db, input);
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
    }),
});
