import { AuditRow, ListAuditInput, listAudit } from '../use-cases/audit/list-audit.js';
import { z } from 'zod';
import { router, staffProcedure } from '../trpc.js';

export const auditRouter = router({
  list: staffProcedure
    .input(ListAuditInput)
    .output(z.array(AuditRow))
    .query(({ ctx, input }) => listAudit(ctx.useCase, input)),
});
