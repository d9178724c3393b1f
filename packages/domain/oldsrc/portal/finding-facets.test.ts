import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterAndFacet, forceListFacets } from './finding-facets.js';
import {
  matchesMemoryFilters,
  type FacetName,
  type FacetRow,
  type FindingFilters,
} from './finding-filters.js';

/** A published finding as the facets read it, with an id to tell rows apart. */
type PublicFindingRow = FacetRow & { findingId: string };

/** The definition, written the slow way: every facet counted over every row with its own filter skipped. */
function referenceFacets(all: readonly PublicFindingRow[], filters: FindingFilters) {
  const count = (
    name: FacetName,
    valueOf: (r: PublicFindingRow) => string | null,
    labelOf: (r: PublicFindingRow) => string,
  ) => {
    const counts = new Map<string, { label: string; count: number }>();
    for (const r of all) {
      if (!matchesMemoryFilters(r, filters, name)) continue;
      const value = valueOf(r);
      if (value === null) continue;
      const entry = counts.get(value) ?? { label: labelOf(r), count: 0 };
      entry.count += 1;
      counts.set(value, entry);
    }
    return [...counts.entries()]
      .map(([value, e]) => ({ value, label: e.label, count: e.count }))
      .sort((a, b) => a.label.localeCompare(b.label));
  };
  return {
    organisationSlug: count(
      'organisationSlug',
      (r) => r.organisationSlug,
      (r) => r.organisationName,
    ),
    year: count(
      'year',
      (r) => r.reportPublishedOn?.slice(0, 4) ?? null,
      (r) => r.reportPublishedOn!.slice(0, 4),
    ),
    reportType: count(
      'reportType',
      (r) => r.reportType,
      (r) => r.reportType,
    ),
    kind: count(
      'kind',
      (r) => r.kind,
      (r) => r.kind,
    ),
    status: count(
      'status',
      (r) => r.status,
      (r) => r.status,
    ),
    grade: count(
      'grade',
      (r) => r.grade,
      (r) => r.grade ?? '',
    ),
    area: count(
      'area',
      (r) => r.area,
      (r) => r.area ?? '',
    ),
  };
}

const FORCES = ['cheshire', 'dorset', 'kent'];
const row = fc.record({
  organisationSlug: fc.constantFrom(...FORCES),
  reportPublishedOn: fc.option(fc.constantFrom('2019-03-01', '2021-07-15', '2024-01-31')),
  reportType: fc.constantFrom('peel', 'thematic'),
  kind: fc.constantFrom('recommendation', 'area_for_improvement', 'cause_of_concern' as const),
  status: fc.constantFrom('not_started', 'in_progress', 'closed' as const),
  grade: fc.option(fc.constantFrom('good', 'inadequate' as const)),
  area: fc.option(fc.constantFrom('Investigating crime', 'Protecting vulnerable people')),
});
const rows = fc.array(row, { maxLength: 60 }).map((list) =>
  list.map((r, i): PublicFindingRow => ({
    ...r,
    organisationName: r.organisationSlug.toUpperCase(),
    findingId: String(i),
  })),
);
const filters = fc.record(
  {
    organisationSlug: fc.constantFrom(...FORCES, 'nowhere'),
    year: fc.constantFrom(2019, 2021, 2030),
    reportType: fc.constantFrom('peel', 'thematic'),
    kind: fc.constantFrom('recommendation', 'cause_of_concern' as const),
    status: fc.constantFrom('in_progress', 'closed' as const),
    grade: fc.constantFrom('good', 'inadequate' as const),
    area: fc.constantFrom('Investigating crime'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<FindingFilters>;

describe('filtering and counting the finding list', () => {
  it('gives what choosing each value would give, as the definition says, for any rows and filters', () => {
    fc.assert(
      fc.property(rows, filters, (all, f) => {
        const { matching, facets } = filterAndFacet(all, f);
        expect(matching).toEqual(all.filter((r) => matchesMemoryFilters(r, f)));
        expect(facets).toEqual(referenceFacets(all, f));
      }),
      { numRuns: 500 },
    );
  });

  it("gives a force's list from its own rows and the forces' counts the same answer as from the nation's rows", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(...FORCES), (all, force) => {
        const f: FindingFilters = { organisationSlug: force };
        const perForce = referenceFacets(all, {}).organisationSlug;
        const own = all.filter((r) => r.organisationSlug === force);
        expect(forceListFacets(own, f, perForce)).toEqual(filterAndFacet(all, f));
      }),
      { numRuns: 300 },
    );
  });

  it("counts every force when one force's list is shown, read from the same rows again", () => {
    const all = fc
      .sample(rows, { numRuns: 1, seed: 7 })[0]!
      .concat(fc.sample(rows, { numRuns: 1, seed: 8 })[0]!);
    const first = filterAndFacet(all, { organisationSlug: 'dorset' });
    const again = filterAndFacet(all, { organisationSlug: 'dorset' });
    expect(again).toEqual(first);
    expect(first.facets.organisationSlug.map((f) => f.value).sort()).toEqual(
      [...new Set(all.map((r) => r.organisationSlug))].sort(),
    );
  });
});
