import { publicProcedure } from '../../trpc.js';
import {
  readPublishedFinding,
  PublishedFinding,
  PublishedFindingInput,
} from '../../use-cases/public/read-published-finding.js';

/** A current published finding by id, for JSON clients (the portal reads it by permalink: `findingPage`). */
export const finding = publicProcedure
  .input(PublishedFindingInput)
  .output(PublishedFinding)
  .query(({ ctx, input }) => readPublishedFinding(ctx, input));
