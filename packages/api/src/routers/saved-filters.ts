import { z } from 'zod';
import { deleteSavedFilter } from '../use-cases/saved-filters/delete-saved-filter.js';
import { listSavedFilters } from '../use-cases/saved-filters/list-saved-filters.js';
import { saveFilter } from '../use-cases/saved-filters/save-filter.js';
import { SaveFilterInput, SavedFilter } from '../use-cases/saved-filters/saved-filter.schema.js';
import { Uuid } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';

/** A person's own named findings-list filters; nobody else's are ever read or touched. */
export const savedFiltersRouter = router({
  list: staffProcedure
    .input(z.object({}).default({}))
    .output(z.array(SavedFilter))
    .query(({ ctx }) => listSavedFilters(ctx.useCase)),

  /** The name is required and the person's own once (letter case aside): ALREADY_EXISTS on `name`. */
  save: staffProcedure
    .input(SaveFilterInput)
    .output(SavedFilter)
    .mutation(({ ctx, input }) => saveFilter(ctx.useCase, input)),

  delete: staffProcedure
    .input(z.object({ id: Uuid }))
    .output(z.object({ id: Uuid }))
    .mutation(({ ctx, input }) => deleteSavedFilter(ctx.useCase, input)),
});
