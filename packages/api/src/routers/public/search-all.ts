import { publicProcedure, rateLimited } from '../../trpc.js';
import { searchPortal, SearchAll, SearchAllInput } from '../../use-cases/public/search-portal.js';

/** The portal's search and finding lists: a page of findings with facet counts, and matching responses. */
export const searchAll = publicProcedure
  .use(rateLimited('search'))
  .input(SearchAllInput)
  .output(SearchAll)
  .query(({ ctx, input }) => searchPortal(ctx, input));
