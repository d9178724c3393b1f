import { publicProcedure } from '../../trpc.js';
import {
  readResponsePage,
  ResponsePage,
  ResponsePageInput,
} from '../../use-cases/public/read-response-page.js';

/** A response's page by permalink: the version asked for, live tracking and the version history. */
export const response = publicProcedure
  .input(ResponsePageInput)
  .output(ResponsePage)
  .query(({ ctx, input }) => readResponsePage(ctx, input));
