import type { Db } from '@irr/db';
import { frozenDetailsOfRecords, shownFindings } from '@irr/db/read-models';
import { matchesMemoryFilters, withNamedForce, type FindingFilters, type Grade } from '@irr/domain';
import { toPublicFindingRow, type PublicFindingRow } from './public-finding.js';

/**
 * Every current published finding matching the filters, as of `today`: the words and the force in SQL, the rest in
 * memory (the facets need every row). Words naming a force choose it (`withNamedForce`). The portal's search, its open data and its force pages all read through here.
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
  // Grades, titles and numbers per version, once each, for each finding's grade, heading and name.
  const frozen = new Map<
    string,
    {
      grades: Grade[];
      titles: Record<string, string>;
      references: Record<string, string>;
      acceptances: Record<string, string>;
    }
  >();
  const versions = await frozenDetailsOfRecords(db, [...new Set(rows.map((r) => r.recordId))]);
  for (const v of versions) frozen.set(`${v.recordId}:${v.version}`, v);
  return rows
    .map((r) => {
      const of = frozen.get(`${r.recordId}:${r.version}`);
      const named = {
        title: of?.titles[r.ref] ?? null,
        reference: of?.references[r.ref] ?? null,
        acceptance: of?.acceptances[r.ref] ?? null,
      };
      return toPublicFindingRow(r, of?.grades ?? [], named, today, !!q);
    })
    .filter((r) => matchesMemoryFilters(r, filters));
}
