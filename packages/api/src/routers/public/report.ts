import { publicProcedure } from '../../trpc.js';
import {
  readReportPage,
  ReportPage,
  ReportPageInput,
} from '../../use-cases/public/read-report-page.js';

/** A report's page by its slug: every force it relates to and where each one's response stands. */
export const report = publicProcedure
  .input(ReportPageInput)
  .output(ReportPage)
  .query(({ ctx, input }) => readReportPage(ctx, input));
