import { publicProcedure } from '../../trpc.js';
import {
  readFindingPage,
  FindingPage,
  FindingPageInput,
} from '../../use-cases/public/read-finding-page.js';

/** A finding's page by permalink: its wording, live tracking and public timeline. */
export const findingPage = publicProcedure
  .input(FindingPageInput)
  .output(FindingPage)
  .query(({ ctx, input }) => readFindingPage(ctx, input));
