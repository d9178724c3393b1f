import type { Db } from '@irr/db';
import { gradesOfRecords, shownFindings } from '@irr/db/read-models';
import { matchesMemoryFilters, type FindingFilters, type Grade } from '@irr/domain';
import { toPublicFindingRow, type PublicFindingRow } from './public-finding.js';

/**
 * Every current published finding matching the filters, as of `today`: the words and the force in SQL, the rest in
 * memory (the facets need every row). The portal's search, its open data and its force pages all read through here.
 */
export async function listPublishedFindings(
  db: Db,
  filters: FindingFilters,
  today: string,
): Promise<PublicFindingRow[]> {
  const q = filters.q && filters.q.length > 0 ? filters.q : null;
  const rows = await shownFindings(db, { q, organisationSlug: filters.organisationSlug });
  // Grades per version, once each, for the grade of each finding.
  const grades = new Map<string, Grade[]>();
  const versions = await gradesOfRecords(db, [...new Set(rows.map((r) => r.recordId))]);
  for (const v of versions) grades.set(`${v.recordId}:${v.version}`, v.grades);
  return rows
    .map((r) => toPublicFindingRow(r, grades.get(`${r.recordId}:${r.version}`) ?? [], today, !!q))
    .filter((r) => matchesMemoryFilters(r, filters));
}
