import {
  onlyForceChosen,
  type Facet,
  type FacetName,
  type FacetRow,
  type FindingFilters,
} from './finding-filters.js';

type Counts = Map<string, { label: string; count: number }>;
export type FacetCounts = Record<FacetName, Facet>;

/** Each facet: whether a row passes its filter, its value and its label. */
const FACETS: {
  name: FacetName;
  passes: (r: FacetRow, f: FindingFilters) => boolean;
  value: (r: FacetRow) => string | null;
  label: (r: FacetRow) => string;
}[] = [
  {
    name: 'organisationSlug',
    passes: (r, f) => !f.organisationSlug || r.organisationSlug === f.organisationSlug,
    value: (r) => r.organisationSlug,
    label: (r) => r.organisationName,
  },
  {
    name: 'year',
    passes: (r, f) =>
      f.year === undefined ||
      (r.reportPublishedOn !== null && Number(r.reportPublishedOn.slice(0, 4)) === f.year),
    value: (r) => r.reportPublishedOn?.slice(0, 4) ?? null,
    label: (r) => r.reportPublishedOn!.slice(0, 4),
  },
  {
    name: 'reportType',
    passes: (r, f) => !f.reportType || r.reportType === f.reportType,
    value: (r) => r.reportType,
    label: (r) => r.reportType,
  },
  {
    name: 'kind',
    passes: (r, f) => !f.kind || r.kind === f.kind,
    value: (r) => r.kind,
    label: (r) => r.kind,
  },
  {
    name: 'status',
    passes: (r, f) => !f.status || r.status === f.status,
    value: (r) => r.status,
    label: (r) => r.status,
  },
  {
    name: 'grade',
    passes: (r, f) => !f.grade || r.grade === f.grade,
    value: (r) => r.grade,
    label: (r) => r.grade ?? '',
  },
  {
    name: 'area',
    passes: (r, f) => !f.area || r.area === f.area,
    value: (r) => r.area,
    label: (r) => r.area ?? '',
  },
];
const ORGANISATION = FACETS[0]!;

function add(counts: Counts, r: FacetRow, facet: (typeof FACETS)[number]): void {
  const value = facet.value(r);
  if (value === null) return;
  const entry = counts.get(value);
  if (entry) entry.count += 1;
  else counts.set(value, { label: facet.label(r), count: 1 });
}

/** Per set of rows (one cached generation): its rows by force and each force's count. */
interface ByOrganisation {
  rows: Map<string, FacetRow[]>;
  counts: Counts;
}
const indexes = new WeakMap<readonly FacetRow[], ByOrganisation>();

function byOrganisation(all: readonly FacetRow[]): ByOrganisation {
  let index = indexes.get(all);
  if (!index) {
    index = { rows: new Map(), counts: new Map() };
    for (const r of all) {
      const list = index.rows.get(r.organisationSlug);
      if (list) list.push(r);
      else index.rows.set(r.organisationSlug, [r]);
      add(index.counts, r, ORGANISATION);
    }
    indexes.set(all, index);
  }
  return index;
}

/**
 * The rows that pass every filter, and per facet the counts of each value with every *other*
 * filter applied (so a count says what choosing that value would give), in one pass: a row that
 * fails no filter counts in every facet, a row that fails one counts only in that one's facet.
 * A force's finding list (only the force chosen) reads that force's rows and the forces' counts
 * from an index made once per set of rows, so it does not grow with the national total.
 */
export function filterAndFacet<R extends FacetRow>(
  all: readonly R[],
  filters: FindingFilters,
): { matching: R[]; facets: FacetCounts } {
  return facetRows(all, filters, null);
}

/**
 * A force's list from that force's rows alone and every force's count (`forces`, from SQL): the
 * same answer as `filterAndFacet` over the nation's rows with only the force chosen.
 */
export function forceListFacets<R extends FacetRow>(
  forceRows: readonly R[],
  filters: FindingFilters,
  forces: Facet,
): { matching: R[]; facets: FacetCounts } {
  if (!onlyForceChosen(filters)) throw new Error('forceListFacets is for a force chosen alone');
  return facetRows(forceRows, filters, forces);
}

function facetRows<R extends FacetRow>(
  all: readonly R[],
  filters: FindingFilters,
  forces: Facet | null,
): { matching: R[]; facets: FacetCounts } {
  const counts = new Map(FACETS.map((f) => [f.name, new Map() as Counts]));
  const onlyForce = onlyForceChosen(filters);
  let rows = all;
  if (onlyForce && forces) {
    counts.set(
      'organisationSlug',
      new Map(forces.map((c) => [c.value, { label: c.label, count: c.count }])),
    );
  } else if (onlyForce) {
    const index = byOrganisation(all);
    rows = (index.rows.get(filters.organisationSlug!) ?? []) as R[];
    counts.set('organisationSlug', new Map([...index.counts].map(([k, v]) => [k, { ...v }])));
  }
  const matching = countRows(rows, filters, counts, onlyForce);
  const facets = Object.fromEntries(
    [...counts].map(([name, c]) => [
      name,
      [...c]
        .map(([value, e]) => ({ value, label: e.label, count: e.count }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    ]),
  ) as FacetCounts;
  return { matching, facets };
}

/** The one pass: rows failing no filter match and count everywhere; failing one, only in that facet. */
function countRows<R extends FacetRow>(
  rows: readonly R[],
  filters: FindingFilters,
  counts: Map<FacetName, Counts>,
  onlyForce: boolean,
): R[] {
  const matching: R[] = [];
  for (const r of rows) {
    let failed: (typeof FACETS)[number] | null = null;
    let failures = 0;
    for (const f of FACETS) {
      if (f.passes(r, filters)) continue;
      failed = f;
      if (++failures > 1) break;
    }
    if (failures === 0) {
      matching.push(r);
      for (const f of FACETS)
        if (!(onlyForce && f === ORGANISATION)) add(counts.get(f.name)!, r, f);
    } else if (failures === 1) add(counts.get(failed!.name)!, r, failed!);
  }
  return matching;
}
