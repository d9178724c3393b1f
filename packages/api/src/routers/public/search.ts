import { publicProcedure, rateLimited } from '../../trpc.js';
import {
  FoundFindings,
  searchFindings,
  SearchFindingsInput,
} from '../../use-cases/public/search-findings.js';

/** Findings whose published wording matches, best first, for JSON clients (the portal searches with `searchAll`). */
export const search = publicProcedure
  .use(rateLimited('search'))
  .input(SearchFindingsInput)
  .output(FoundFindings)
  .query(({ ctx, input }) => searchFindings(ctx, input));
