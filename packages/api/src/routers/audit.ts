import { z } from 'zod';
import { AuditPerson, AuditRow, ListAuditInput } from '../use-cases/audit/audit-row.schema.js';
import { listAuditPeople } from '../use-cases/audit/list-audit-people.js';
import { listAudit } from '../use-cases/audit/list-audit.js';
import { Uuid } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

export const auditRouter = router({
  /** One page of the organisation's audit log in words, filtered by person, record and action. */
  list: staffProcedure
    .input(ListAuditInput)
    .output(z.array(AuditRow))
    .query(({ ctx, input }) => listAudit(ctx.useCase, input)),
  /** The people who appear in the organisation's audit log, for its "who" filter. */
  people: staffProcedure
    .input(z.object({ organisationId: Uuid }))
    .output(z.array(AuditPerson))
    .query(({ ctx, input }) => listAuditPeople(ctx.useCase, input)),
});
