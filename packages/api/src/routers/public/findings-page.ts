import { publicProcedure, rateLimited } from '../../trpc.js';
import {
  FindingsPage,
  FindingsPageInput,
  listFindingsPage,
} from '../../use-cases/public/list-findings-page.js';

/** Published findings by the portal's filters and words, paged by cursor (the REST API's search). */
export const findingsPage = publicProcedure
  .use(rateLimited('search'))
  .input(FindingsPageInput)
  .output(FindingsPage)
  .query(({ ctx, input }) => listFindingsPage(ctx, input));
