import { publicProcedure } from '../../trpc.js';
import {
  ForceResponses,
  ForceResponsesInput,
  listForceResponses,
} from '../../use-cases/public/list-force-responses.js';

/** A force's published responses, newest report first, paged by cursor (the REST API's list). */
export const forceResponses = publicProcedure
  .input(ForceResponsesInput)
  .output(ForceResponses)
  .query(({ ctx, input }) => listForceResponses(ctx, input));
