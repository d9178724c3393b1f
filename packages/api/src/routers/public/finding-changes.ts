import { publicProcedure } from '../../trpc.js';
import {
  FindingChanges,
  FindingChangesInput,
  listFindingChanges,
} from '../../use-cases/public/list-finding-changes.js';

/** Public updates, status and target date changes of shown findings, newest first: the Atom feeds. */
export const findingChanges = publicProcedure
  .input(FindingChangesInput)
  .output(FindingChanges)
  .query(({ ctx, input }) => listFindingChanges(ctx, input));
