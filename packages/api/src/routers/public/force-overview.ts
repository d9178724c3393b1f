import { publicProcedure } from '../../trpc.js';
import {
  readForceOverview,
  ForceOverview,
  ForceOverviewInput,
} from '../../use-cases/public/read-force-overview.js';

/** A force's page: its responses, grades and findings by status. */
export const forceOverview = publicProcedure
  .input(ForceOverviewInput)
  .output(ForceOverview)
  .query(({ ctx, input }) => readForceOverview(ctx, input));
