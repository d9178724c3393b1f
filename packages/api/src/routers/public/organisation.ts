import { publicProcedure } from '../../trpc.js';
import {
  listOrganisationResponses,
  OrganisationResponses,
  OrganisationResponsesInput,
} from '../../use-cases/public/list-organisation-responses.js';

/** A page of a force's published responses, newest report first (also names the force for its Atom feed). */
export const organisation = publicProcedure
  .input(OrganisationResponsesInput)
  .output(OrganisationResponses)
  .query(({ ctx, input }) => listOrganisationResponses(ctx, input));
