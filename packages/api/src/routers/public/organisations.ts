import { z } from 'zod';
import { publicProcedure } from '../../trpc.js';
import { listOrganisations, OrganisationList } from '../../use-cases/public/list-organisations.js';

/** Every organisation with its count of published responses: the portal's home and force list. */
export const organisations = publicProcedure
  .input(z.void())
  .output(OrganisationList)
  .query(({ ctx }) => listOrganisations(ctx));
