import { publicProcedure } from '../../trpc.js';
import {
  listReportsPage,
  ReportsPage,
  ReportsPageInput,
} from '../../use-cases/public/list-reports-page.js';

/** The register of reports, newest first, paged by cursor (the REST API's list). */
export const reportsPage = publicProcedure
  .input(ReportsPageInput)
  .output(ReportsPage)
  .query(({ ctx, input }) => listReportsPage(ctx, input));
