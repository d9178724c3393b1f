import { publicProcedure } from '../../trpc.js';
import {
  MovedResponse,
  MovedResponseInput,
  readMovedResponse,
} from '../../use-cases/public/read-moved-response.js';

/** Where a response's old address (its report's slug) now points, for the portal's and the API's 301s. */
export const movedResponse = publicProcedure
  .input(MovedResponseInput)
  .output(MovedResponse)
  .query(({ ctx, input }) => readMovedResponse(ctx, input));
