import { organisationBySlug, publishedResponsesPage } from '@irr/db/read-models';
import { notFound } from '@irr/domain';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { CursorInput, keysetPage, PageLimit } from './keyset-page.js';
import { ResponseSummary, toResponseSummary } from './list-organisation-responses.js';
import { PublicOrganisation, Slug } from './shapes.js';

export const ForceResponsesInput = z.object({
  organisationSlug: Slug,
  cursor: CursorInput.optional(),
  limit: PageLimit,
});

export const ForceResponses = z.object({
  organisation: PublicOrganisation,
  responses: z.array(ResponseSummary),
  /** Every published response of the force, on every page. */
  total: z.number().int(),
  /** The next page's `cursor`; null on the last page. */
  next: z.string().nullable(),
});

/** A force's published responses, newest report first, a page at a time by cursor. */
export async function listForceResponses(
  ctx: PublicContext,
  input: z.output<typeof ForceResponsesInput>,
): Promise<z.input<typeof ForceResponses>> {
  const org = await organisationBySlug(ctx.db, input.organisationSlug);
  if (!org) throw notFound('That organisation');
  // A force answers tens of reports a decade: all of them, ordered and cut here.
  const { rows, total } = await publishedResponsesPage(ctx.db, org.id, {
    limit: 100_000,
    offset: 0,
  });
  const { items, next } = keysetPage(
    rows.map(toResponseSummary),
    { key: (r) => [r.reportPublishedOn, r.reportSlug], descending: [true] },
    input.cursor,
    input.limit,
  );
  return {
    organisation: { slug: org.slug, name: org.name, kind: org.kind },
    responses: items,
    total,
    next,
  };
}
