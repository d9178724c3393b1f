import { PublicationStatus, type PublicationEvent } from '@irr/domain';
import { z } from 'zod';
import { checkRecordMove } from '../use-cases/publication/check-record-move.js';
import { listChangesSinceSubmission } from '../use-cases/publication/list-changes-since-submission.js';
import { transitionRecord } from '../use-cases/publication/transition-record.js';
import { RowVersionInput, StaffRecord, Uuid, WireInstant } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

/** A move of the publication lifecycle by its event (the domain's PUBLICATION_TRANSITIONS). */
const PublicationEventName = z.enum([
  'submitted',
  'changes_requested',
  'submission_withdrawn',
  'approved',
  'published',
  'approval_reopened',
  'returned_to_review',
  'withdrawn',
  'new_version_started',
] as const satisfies readonly PublicationEvent[]);

/**
 * The publication lifecycle: submit, request changes or withdraw the submission, approve, publish,
 * withdraw, start a new version.
 */
export const workflowRouter = router({
  transition: staffProcedure
    .input(
      z.object({
        recordId: Uuid,
        rowVersion: RowVersionInput,
        to: PublicationStatus,
        /** In review -> draft is `changes_requested` or `submission_withdrawn`; without it, the first the role may make. */
        event: PublicationEventName.optional(),
        reason: z.string().max(2000).optional(),
        /** Approving while the report's publication date is unknown needs the reason it is. */
        dateUnknownReason: z.string().max(2000).optional(),
      }),
    )
    .output(StaffRecord)
    .mutation(({ ctx, input }) => transitionRecord(ctx.useCase, input)),

  /** "Check your answers" before a move: what is missing, and what would refuse it now. Changes nothing. */
  check: staffProcedure
    .input(
      z.object({
        recordId: Uuid,
        to: PublicationStatus,
        event: PublicationEventName.optional(),
      }),
    )
    .output(
      z.object({
        event: PublicationEventName.nullable(),
        items: z.array(
          z.object({
            code: z.string(),
            severity: z.enum(['now', 'for_approval', 'advice']),
            message: z.string(),
            findingRef: z.string().nullable(),
            findingId: z.string().nullable(),
            field: z.string().nullable(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => checkRecordMove(ctx.useCase, input)),

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
