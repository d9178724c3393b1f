import type { Db } from '@irr/db';
import { shownFindings } from '@irr/db/read-models';
import { matchesMemoryFilters, withNamedForce, type FindingFilters } from '@irr/domain';
import { toPublicFindingRow, type PublicFindingRow } from './public-finding.js';

/**
 * Every current published finding matching the filters, as of `today`: the words and the force in SQL, the rest in
 * memory. Words naming a force choose it (`withNamedForce`). The portal's open data, its force and report pages
 * and its cached sets read through here; its finding list pages and counts in SQL (`shownFindingFacets`).
 */
export async function listPublishedFindings(
  db: Db,
  typed: FindingFilters,
  today: string,
): Promise<PublicFindingRow[]> {
  // "Staffs vetting": the force by the name people use, the rest as words.
  const filters = withNamedForce(typed);
  const q = filters.q && filters.q.length > 0 ? filters.q : null;
  const rows = await shownFindings(db, { q, organisationSlug: filters.organisationSlug });
  return rows
    .map((r) => toPublicFindingRow(r, today, !!q))
    .filter((r) => matchesMemoryFilters(r, filters));
}
