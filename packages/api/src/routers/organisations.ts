import { z } from 'zod';
import { OrganisationSummary } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';
import { listMyOrganisations } from '../use-cases/organisations/list-my-organisations.js';

/** Organisations are added by the operator (`irr create-organisation`, `irr create-user --org`), never here. */
export const organisationsRouter = router({
  /** The organisations the signed-in person belongs to. */
  mine: staffProcedure
    .input(z.void())
    .output(z.array(OrganisationSummary))
    .query(({ ctx }) => listMyOrganisations(ctx.useCase)),
});
