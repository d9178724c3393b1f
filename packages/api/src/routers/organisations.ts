import { OrganisationKind, Slug } from '@irr/domain';
import { z } from 'zod';
import { OrganisationSummary } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';
import { createOrganisation } from '../use-cases/organisations/create-organisation.js';
import { listMyOrganisations } from '../use-cases/organisations/list-my-organisations.js';

export const organisationsRouter = router({
  /** The organisations the signed-in person belongs to. */
  mine: staffProcedure
    .input(z.void())
    .output(z.array(OrganisationSummary))
    .query(({ ctx }) => listMyOrganisations(ctx.useCase)),

  /** Adding an organisation is for an admin of any organisation (the deployment's operators). */
  create: staffProcedure
    .input(
      z.object({
        slug: Slug,
        name: z.string().trim().min(1).max(200),
        kind: OrganisationKind,
        aliases: z.array(z.string().max(200)).max(20).default([]),
      }),
    )
    .output(OrganisationSummary)
    .mutation(({ ctx, input }) => createOrganisation(ctx.useCase, input)),
});
