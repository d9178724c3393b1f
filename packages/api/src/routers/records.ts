import { Grade, OfficeHolder, PublicationStatus, RecordQueue, RichText } from '@irr/domain';
import { z } from 'zod';
import { getRecord } from '../use-cases/records/get-record.js';
import { listRecords } from '../use-cases/records/list-records.js';
import { setRecordDates } from '../use-cases/records/set-record-dates.js';
import { updateDraft } from '../use-cases/records/update-draft.js';
import {
  RecordListItem,
  RecordedDatesPatch,
  RowVersionInput,
  StaffRecord,
  Uuid,
} from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

const DraftPatch = z
  .object({
    summary: RichText,
    commissionerComments: RichText,
    chiefOfficerComments: RichText,
    grades: z.array(Grade).max(50),
    commissioner: OfficeHolder,
    chiefOfficer: OfficeHolder,
    /** The office's own label for its document ("v1.1"), kept as written; null clears it. */
    documentVersion: z
      .string()
      .trim()
      .min(1, 'Enter a version label, or leave it out')
      .max(40, 'A version label is at most 40 characters')
      .nullable(),
  })
  .partial();

export const recordsRouter = router({
  list: staffProcedure
    .input(
      z
        .object({
          organisationId: Uuid.optional(),
          status: PublicationStatus.optional(),
          queue: RecordQueue.optional(),
        })
        .default({}),
    )
    .output(z.array(RecordListItem))
    .query(({ ctx, input }) => listRecords(ctx.useCase, input)),

  get: staffProcedure
    .input(z.object({ recordId: Uuid }))
    .output(StaffRecord)
    .query(({ ctx, input }) => getRecord(ctx.useCase, input)),

  /** Edit the draft's own fields. Rich text is sanitised by the use case, whatever the client sent. */
  updateDraft: staffProcedure
    .input(z.object({ recordId: Uuid, rowVersion: RowVersionInput, patch: DraftPatch }))
    .output(StaffRecord)
    .mutation(({ ctx, input }) => updateDraft(ctx.useCase, input)),

  /** The dates the office records: an editor's before first publication, an approver's correction after. */
  setDates: staffProcedure
    .input(z.object({ recordId: Uuid, rowVersion: RowVersionInput, dates: RecordedDatesPatch }))
    .output(StaffRecord)
    .mutation(({ ctx, input }) => setRecordDates(ctx.useCase, input)),
});
