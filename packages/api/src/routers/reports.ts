import { CalendarDate, InspectionType, Slug, WebLink } from '@irr/domain';
import { z } from 'zod';
import { updateReportDetails } from '../use-cases/reports/update-report-details.js';
import { RowVersionInput, Uuid } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

const ReportDetailsPatch = z
  .object({
    /** The report's publication date: it starts the 56-day statutory clock. */
    publishedOn: CalendarDate.nullable(),
    link: WebLink.nullable(),
    type: InspectionType,
    framework: z.string().trim().min(1).max(40).nullable(),
    forces: z.array(Slug).max(200),
  })
  .partial();

/** A report's own details, shared by every response to it. */
export const reportsRouter = router({
  /** Editors until anything rests on the details, then approvers; see `reportDetailsEditor`. */
  updateDetails: staffProcedure
    .input(z.object({ reportId: Uuid, rowVersion: RowVersionInput, patch: ReportDetailsPatch }))
    .output(
      z.object({
        id: Uuid,
        rowVersion: z.number().int(),
        publishedOn: CalendarDate.nullable(),
        link: z.string().nullable(),
        type: z.string(),
        framework: z.string().nullable(),
        national: z.boolean(),
        correction: z.boolean(),
      }),
    )
    .mutation(({ ctx, input }) => updateReportDetails(ctx.useCase, input)),
});
