import { PublicationStatus } from '@irr/domain';
import { z } from 'zod';
import { listChangesSinceSubmission } from '../use-cases/publication/list-changes-since-submission.js';
import { transitionRecord } from '../use-cases/publication/transition-record.js';
import { RowVersionInput, StaffRecord, Uuid, WireInstant } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

/** The publication lifecycle: submit, request changes, approve, publish, withdraw, start a new version. */
export const workflowRouter = router({
  transition: staffProcedure
    .input(
      z.object({
        recordId: Uuid,
        rowVersion: RowVersionInput,
        to: PublicationStatus,
        reason: z.string().max(2000).optional(),
        /** Approving while the report's publication date is unknown needs the reason it is. */
        dateUnknownReason: z.string().max(2000).optional(),
      }),
    )
    .output(StaffRecord)
    .mutation(({ ctx, input }) => transitionRecord(ctx.useCase, input)),

  /** What changed since the record was submitted: the approver reads it before approving. */
  changesSinceSubmission: staffProcedure
    .input(z.object({ recordId: Uuid }))
    .output(
      z.array(
        z.object({
          at: WireInstant,
          action: z.string(),
          by: z.string().nullable(),
          findingRef: z.string().nullable(),
          before: z.unknown(),
          after: z.unknown(),
        }),
      ),
    )
    .query(({ ctx, input }) => listChangesSinceSubmission(ctx.useCase, input)),
});
