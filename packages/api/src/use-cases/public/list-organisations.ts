import { organisationsWithPublishedCounts } from '@irr/db/read-models';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { PublicOrganisation } from './shapes.js';

export const OrganisationList = z.array(
  PublicOrganisation.extend({ publishedResponses: z.number().int() }),
);

/** Every organisation by name, with how many responses it has published. */
export function listOrganisations(ctx: PublicContext): Promise<z.infer<typeof OrganisationList>> {
  return organisationsWithPublishedCounts(ctx.db);
}
