import {
  DashboardSummary,
  DashboardSummaryInput,
} from '../use-cases/dashboard/dashboard-summary.schema.js';
import { dashboardSummary } from '../use-cases/dashboard/dashboard-summary.js';
import { router, staffProcedure } from '../trpc.js';

export const dashboardRouter = router({
  /** What needs attention now, across the organisations the person may read. */
  summary: staffProcedure
    .input(DashboardSummaryInput)
    .output(DashboardSummary)
    .query(({ ctx, input }) => dashboardSummary(ctx.useCase, input)),
});
