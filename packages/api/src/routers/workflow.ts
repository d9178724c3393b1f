import { PublicationStatus } from '@irr/domain';
import { z } from 'zod';
import { transitionRecord } from '../use-cases/publication/transition-record.js';
import { RowVersionInput, StaffRecord, Uuid } from '../schemas.js';
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
      }),
    )
    .output(StaffRecord)
    .mutation(({ ctx, input }) => transitionRecord(ctx.useCase, input)),
});
