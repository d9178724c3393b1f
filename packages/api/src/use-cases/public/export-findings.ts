import { londonDateOf, type FindingFilters } from '@irr/domain';
import type { PublicContext } from '../context.js';
import type { PublicFindingRow } from './public-finding.js';
import { listPublishedFindings } from './list-published-findings.js';

/** The findings open data: every current published finding matching the filters, with its status today. */
export function exportFindings(
  ctx: PublicContext,
  filters: FindingFilters,
): Promise<PublicFindingRow[]> {
  return listPublishedFindings(ctx.db, filters, londonDateOf(ctx.now()));
}
