import { movedResponseSlug } from '@irr/db/read-models';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { Slug } from './shapes.js';

export const MovedResponseInput = z.object({
  organisationSlug: Slug,
  /** The response part of an address that found no response: perhaps its report's slug, as before. */
  slug: Slug,
});

/** The response's slug now, when the address was a published response's old one; else null. */
export const MovedResponse = z.object({ responseSlug: Slug.nullable() });

/**
 * Where an old response address now points. Responses were once addressed by their report's slug
 * (`/forces/staffordshire/responses/police-effectiveness-efficiency-and-legitimacy-2018-19-an-…`); each
 * now has a short one of its own (`peel-2018-19`), and the portal and the API answer the old with a 301.
 * Only a published response's address is ever answered, so nothing unpublished is found out by asking.
 */
export async function readMovedResponse(
  ctx: PublicContext,
  input: z.infer<typeof MovedResponseInput>,
): Promise<z.infer<typeof MovedResponse>> {
  return { responseSlug: await movedResponseSlug(ctx.db, input.organisationSlug, input.slug) };
}
