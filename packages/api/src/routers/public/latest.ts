import { publicProcedure } from '../../trpc.js';
import {
  listLatestResponses,
  LatestResponses,
  LatestResponsesInput,
} from '../../use-cases/public/list-latest-responses.js';

/** New and withdrawn versions, newest first: the Atom feeds. */
export const latest = publicProcedure
  .input(LatestResponsesInput)
  .output(LatestResponses)
  .query(({ ctx, input }) => listLatestResponses(ctx, input));
