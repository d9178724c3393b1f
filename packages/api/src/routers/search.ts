import { z } from 'zod';
import {
  FoundFinding,
  SearchFindingsInput,
  searchFindings,
} from '../use-cases/search/search-findings.js';
import { rateLimited, router, staffProcedure } from '../trpc.js';

export const searchRouter = router({
  /** Staff search over the live drafts of their own organisations, updates included. */
  findings: staffProcedure
    .use(rateLimited('search'))
    .input(SearchFindingsInput)
    .output(z.array(FoundFinding))
    .query(({ ctx, input }) => searchFindings(ctx.useCase, input)),
});
