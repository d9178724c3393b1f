import { CalendarDate, FindingsQuery, Visibility } from '@irr/domain';
import { z } from 'zod';
import { addFindingUpdate } from '../use-cases/findings/add-finding-update.js';
import { addFinding } from '../use-cases/findings/add-finding.js';
import { closeCauseOfConcern } from '../use-cases/findings/close-cause-of-concern.js';
import { findingHistory } from '../use-cases/findings/finding-history.js';
import { FindingsList } from '../use-cases/findings/list-findings.schema.js';
import { listFindings } from '../use-cases/findings/list-findings.js';
import {
  AddFindingInput,
  AddFindingUpdateInput,
  CloseCauseOfConcernInput,
  ReorderFindingsInput,
  SetInspectorateStatusInput,
  SetTargetDateInput,
  TransitionFindingInput,
  UpdateFindingContentInput,
} from '../use-cases/findings/inputs.js';
import { reorderFindings } from '../use-cases/findings/reorder-findings.js';
import { reassignOwner } from '../use-cases/findings/reassign-owner.js';
import { setFindingOwner } from '../use-cases/findings/set-finding-owner.js';
import { setInspectorateStatus } from '../use-cases/findings/set-inspectorate-status.js';
import { setTargetDate } from '../use-cases/findings/set-target-date.js';
import { transitionFinding } from '../use-cases/findings/transition-finding.js';
import { updateFindingContent } from '../use-cases/findings/update-finding-content.js';
import { RowVersionInput, StaffRecord, Uuid, WireInstant } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

const FindingHistory = z.object({
  statusChanges: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      reason: z.string().nullable(),
      reasonVisibility: Visibility,
      on: CalendarDate,
      by: z.string().nullable(),
    }),
  ),
  targetDateRevisions: z.array(
    z.object({
      from: CalendarDate.nullable(),
      to: CalendarDate,
      reason: z.string(),
      reasonVisibility: Visibility,
      on: CalendarDate,
      by: z.string().nullable(),
    }),
  ),
  changes: z.array(
    z.object({
      at: WireInstant,
      action: z.string(),
      by: z.string().nullable(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

export const findingsRouter = router({
  /** Every finding of every record the person may read: filtered, sorted and paged (the findings list). */
  list: staffProcedure
    .input(FindingsQuery.default({}))
    .output(FindingsList)
    .query(({ ctx, input }) => listFindings(ctx.useCase, input)),

  /** A finding the import missed or a new one: appended to the draft, numbered after its kind. */
  add: staffProcedure
    .input(AddFindingInput)
    .output(StaffRecord)
    .mutation(({ ctx, input }) => addFinding(ctx.useCase, input)),

  /** The findings' order in the record, as the editor arranged it; guarded by the record's version. */
  reorder: staffProcedure
    .input(ReorderFindingsInput)
    .output(StaffRecord)
    .mutation(({ ctx, input }) => reorderFindings(ctx.useCase, input)),

  /** A finding's status moves, target-date revisions and audited changes, with who made them. */
  history: staffProcedure
    .input(z.object({ findingId: Uuid }))
    .output(FindingHistory)
    .query(({ ctx, input }) => findingHistory(ctx.useCase, input)),

  /** Edit what the response says about a finding; only while the record's content is editable. */
  updateContent: staffProcedure
    .input(UpdateFindingContentInput)
    .output(StaffRecord)
    .mutation(({ ctx, input }) => updateFindingContent(ctx.useCase, input)),

  /** A dated progress update; allowed at any stage, since tracking goes on after publication. */
  addUpdate: staffProcedure
    .input(AddFindingUpdateInput)
    .output(StaffRecord)
    .mutation(({ ctx, input }) => addFindingUpdate(ctx.useCase, input)),

  /** A move of the finding's progress status along its lifecycle. */
  transition: staffProcedure
    .input(TransitionFindingInput)
    .output(StaffRecord)
    .mutation(({ ctx, input }) => transitionFinding(ctx.useCase, input)),

  /** The first target date is set by an editor; every later change needs an approver and a reason. */
  setTargetDate: staffProcedure
    .input(SetTargetDateInput)
    .output(StaffRecord)
    .mutation(({ ctx, input }) => setTargetDate(ctx.useCase, input)),

  /** Editors: the finding's owner, an active member (editor or above) of the record's organisation, and a team. */
  setOwner: staffProcedure
    .input(
      z.object({
        findingId: Uuid,
        rowVersion: RowVersionInput,
        ownerUserId: Uuid.nullable(),
        team: z.string().trim().max(200).nullable(),
      }),
    )
    .output(StaffRecord)
    .mutation(({ ctx, input }) => setFindingOwner(ctx.useCase, input)),

  /** Approvers and admins: every open finding one person owns in the organisation passes to another. */
  reassignOwner: staffProcedure
    .input(z.object({ organisationId: Uuid, fromUserId: Uuid, toUserId: Uuid }))
    .output(
      z.object({
        findings: z.array(
          z.object({ id: Uuid, recordId: Uuid, ref: z.string(), rowVersion: z.number().int() }),
        ),
      }),
    )
    .mutation(({ ctx, input }) => reassignOwner(ctx.useCase, input)),

  /** HMICFRS's own status for the finding, as it gave it; live tracking at any stage. */
  setInspectorateStatus: staffProcedure
    .input(SetInspectorateStatusInput)
    .output(StaffRecord)
    .mutation(({ ctx, input }) => setInspectorateStatus(ctx.useCase, input)),

  /** HMICFRS closes a cause of concern by letter, apart from its recommendations. */
  closeCauseOfConcern: staffProcedure
    .input(CloseCauseOfConcernInput)
    .output(StaffRecord)
    .mutation(({ ctx, input }) => closeCauseOfConcern(ctx.useCase, input)),
});
