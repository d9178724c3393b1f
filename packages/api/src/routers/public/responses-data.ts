import { z } from 'zod';
import { publicProcedure, rateLimited } from '../../trpc.js';
import {
  ResponseFilters,
  ResponseRow,
  listResponses,
} from '../../use-cases/public/list-responses.js';

/** The responses open data (CSV and JSON downloads). */
export const responsesData = publicProcedure
  .use(rateLimited('open-data'))
  .input(ResponseFilters)
  .output(z.array(ResponseRow))
  .query(({ ctx, input }) => listResponses(ctx, input));
