import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { FacetName, type FindingFilters } from '@irr/domain';
import type { Db } from '../connection.js';
import { findings, organisations, publishedFindings, reports } from '../schema/index.js';
import {
  matchesWords,
  SHOWN,
  shownColumns,
  withShownJoins,
  type ShownFinding,
} from './public-findings.js';
import { webSearch } from './text-search.js';

/**
 * The portal's finding list in SQL: the page of findings passing every filter, and per facet how many findings
 * each value would give with the other filters as they are (what the filter's options say). Neither reads more
 * than the rows that match the words, and neither holds the register in memory.
 */

const pf = publishedFindings;

/** The filters as the list reads them: the words already parted from a force's name (`withNamedForce`). */
export type ShownFindingFilters = Omit<FindingFilters, 'q'> & { q?: string | undefined };

/** Each facet's value and label in a shown row, and whether the row passes that facet's filter. */
function facetColumns(
  f: ShownFindingFilters,
): Record<FacetName, { value: SQL; label: SQL; passes: SQL }> {
  const equals = (column: SQL | typeof pf.kind, wanted: string | number | undefined) =>
    wanted === undefined || wanted === '' ? sql`true` : sql`coalesce(${column} = ${wanted}, false)`;
  const year = sql`to_char(${reports.publishedOn}, 'YYYY')`;
  return {
    organisationSlug: {
      value: sql`${organisations.slug}`,
      label: sql`${organisations.name}`,
      passes: equals(sql`${organisations.slug}`, f.organisationSlug),
    },
    year: {
      value: year,
      label: year,
      passes: equals(year, f.year === undefined ? undefined : String(f.year)),
    },
    reportType: {
      value: sql`${reports.type}`,
      label: sql`${reports.type}`,
      passes: equals(sql`${reports.type}`, f.reportType),
    },
    kind: {
      value: sql`${pf.kind}`,
      label: sql`${pf.kind}`,
      passes: equals(sql`${pf.kind}`, f.kind),
    },
    status: {
      value: sql`${findings.status}`,
      label: sql`${findings.status}`,
      passes: equals(sql`${findings.status}`, f.status),
    },
    grade: {
      value: sql`${pf.grade}`,
      label: sql`${pf.grade}`,
      passes: equals(sql`${pf.grade}`, f.grade),
    },
    area: {
      value: sql`${pf.area}`,
      label: sql`${pf.area}`,
      passes: equals(sql`${pf.area}`, f.area),
    },
  };
}

const FACETS = FacetName.options;

export type FacetCount = { value: string; label: string; count: number };

/**
 * How many shown findings pass every filter (`total`), and per facet the count of each value among the findings
 * that pass every *other* filter, in one pass over the findings matching the words: a finding failing no filter
 * counts in every facet, one failing a single filter only in that filter's facet. With `forcesCounted` (the
 * caller has each force's count, and the force is the only filter) only the chosen force's findings are read and
 * the force facet is left out.
 */
export async function shownFindingFacets(
  db: Db,
  filters: ShownFindingFilters,
  options: { forcesCounted?: boolean } = {},
): Promise<{ total: number; facets: Partial<Record<FacetName, FacetCount[]>> }> {
  const columns = facetColumns(filters);
  const counted = options.forcesCounted ? FACETS.filter((f) => f !== 'organisationSlug') : FACETS;
  const query = filters.q ? webSearch(filters.q) : null;
  const selected = Object.fromEntries(
    FACETS.flatMap((name, i) => [
      [`v${i}`, sql`(${columns[name].value})::text`.as(`v${i}`)],
      [`l${i}`, sql`(${columns[name].label})::text`.as(`l${i}`)],
      [`p${i}`, sql`${columns[name].passes}`.as(`p${i}`)],
    ]),
  );
  const rows = withShownJoins(db.select(selected).from(pf).$dynamic()).where(
    and(
      SHOWN,
      query ? matchesWords(query) : undefined,
      options.forcesCounted && filters.organisationSlug
        ? eq(organisations.slug, filters.organisationSlug)
        : undefined,
    ),
  );
  const failures = sql.join(
    FACETS.map((_, i) => sql.raw(`(not m.p${i})::int`)),
    sql` + `,
  );
  const contributions = sql.join(
    [
      ...counted.map((name) => {
        const i = FACETS.indexOf(name);
        return sql.raw(`('${name}', m.v${i}, m.l${i}, m.p${i})`);
      }),
      // The total: a row passing everything, once.
      sql.raw(`('', '', '', true)`),
    ],
    sql`, `,
  );
  const result = await db.execute(sql`
    with m as (${rows}),
    c as (select m.*, ${failures} as failures from m)
    select x.facet, x.value, min(x.label) as label, count(*)::int as count
    from c m cross join lateral (values ${contributions}) as x(facet, value, label, passes)
    where m.failures = 0 or (m.failures = 1 and not x.passes)
    group by x.facet, x.value
  `);
  const facets: Partial<Record<FacetName, FacetCount[]>> = Object.fromEntries(
    counted.map((name) => [name, [] as FacetCount[]]),
  );
  let total = 0;
  for (const r of (
    result as {
      rows: { facet: string; value: string | null; label: string | null; count: number }[];
    }
  ).rows) {
    if (r.facet === '') total = Number(r.count);
    else if (r.value !== null)
      facets[r.facet as FacetName]!.push({
        value: r.value,
        label: r.label ?? '',
        count: Number(r.count),
      });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => a.label.localeCompare(b.label));
  return { total, facets };
}

/**
 * One page of the shown findings passing every filter: by force, newest report and ref; by rank when searched
 * (then by the same). Only the page's rows meet their latest public update.
 */
export async function shownFindingsPage(
  db: Db,
  filters: ShownFindingFilters,
  page: { offset: number; limit: number },
): Promise<ShownFinding[]> {
  const columns = facetColumns(filters);
  const query = filters.q ? webSearch(filters.q) : null;
  const passing = FACETS.map((name) => columns[name].passes);
  const order = [
    asc(organisations.name),
    sql`${reports.publishedOn} desc nulls last`,
    asc(pf.ref),
    asc(pf.findingId),
  ];
  return withShownJoins(db.select(shownColumns(query)).from(pf).$dynamic())
    .where(and(SHOWN, query ? matchesWords(query) : undefined, ...passing))
    .orderBy(
      ...(query ? [desc(sql`ts_rank("published_findings"."search", ${query})`), ...order] : order),
    )
    .limit(page.limit)
    .offset(page.offset);
}
