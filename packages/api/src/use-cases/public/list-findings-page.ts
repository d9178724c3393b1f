import { FindingFilters, londonDateOf, matchesMemoryFilters, withNamedForce } from '@irr/domain';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { CursorInput, keysetPage, PageLimit } from './keyset-page.js';
import { PublicFindingRow } from './public-finding.js';
import { cachedPublishedFindings } from './published-findings-cache.js';

export const FindingsPageInput = FindingFilters.extend({
  cursor: CursorInput.optional(),
  limit: PageLimit,
});

export const FindingsPage = z.object({
  /** Findings matching the filters, on every page. */
  total: z.number().int(),
  findings: z.array(PublicFindingRow),
  next: z.string().nullable(),
});

/**
 * The published findings matching the portal's filters and words, by force, report and reference (not
 * by relevance, which moves as findings are added), a page at a time by cursor.
 */
export async function listFindingsPage(
  ctx: PublicContext,
  input: z.output<typeof FindingsPageInput>,
): Promise<z.input<typeof FindingsPage>> {
  const { cursor, limit, ...filters } = input;
  const named = withNamedForce(filters);
  const rows = await cachedPublishedFindings(
    ctx.db,
    { q: named.q, organisationSlug: named.organisationSlug },
    londonDateOf(ctx.now()),
  );
  const matching = rows.filter((r) => matchesMemoryFilters(r, named));
  const { items, next } = keysetPage(
    matching,
    { key: (f) => [f.organisationSlug, f.reportSlug, f.ref, f.findingId] },
    cursor,
    limit,
  );
  return { total: matching.length, findings: items, next };
}
