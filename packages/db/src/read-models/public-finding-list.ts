import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { FacetName, type FindingFilters } from '@irr/domain';
import type { Db } from '../connection.js';
import { findings, organisations, publishedFindings, reports } from '../schema/index.js';
import type { ShownFinding } from './public-findings.js';
import { preparedOnce } from './prepared.js';
import {
  matchesWords,
  pfSearch,
  SHOWN,
  shownColumns,
  withShownJoins,
} from './shown-finding-query.js';
import { webSearch } from './text-search.js';

/**
 * The portal's finding list in SQL: the page of findings passing every filter, and per facet how many findings
 * each value would give with the other filters as they are (what the filter's options say). Neither reads more
 * than the rows that match the words, and neither holds the register in memory.
 */

const pf = publishedFindings;

/** The filters as the list reads them: the words already parted from a force's name (`withNamedForce`). */
export type ShownFindingFilters = Omit<FindingFilters, 'q'> & { q?: string | undefined };

interface FacetColumn {
  value: SQL;
  label: SQL;
  /** The facet's filter as a condition, when it is filtered: a plain comparison, which an index can serve. */
  chosen: SQL | undefined;
}

/** Each facet's value and label in a shown row, and its filter's condition. */
function facetColumns(f: ShownFindingFilters): Record<FacetName, FacetColumn> {
  const facet = (value: SQL, wanted: string | number | undefined, label = value): FacetColumn => ({
    value,
    label,
    chosen: wanted === undefined || wanted === '' ? undefined : sql`${value} = ${wanted}`,
  });
  return {
    organisationSlug: facet(
      sql`${organisations.slug}`,
      f.organisationSlug,
      sql`${organisations.name}`,
    ),
    year: facet(
      sql`to_char(${reports.publishedOn}, 'YYYY')`,
      f.year === undefined ? undefined : String(f.year),
    ),
    reportType: facet(sql`${reports.type}`, f.reportType),
    kind: facet(sql`${pf.kind}`, f.kind),
    status: facet(sql`${findings.status}`, f.status),
    grade: facet(sql`${pf.grade}`, f.grade),
    area: facet(sql`${pf.area}`, f.area),
  };
}

/** Whether a row passes the facet's filter, as true or false (a null value fails it). */
function passes(column: FacetColumn): SQL {
  return column.chosen ? sql`coalesce(${column.chosen}, false)` : sql`true`;
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
      [`p${i}`, passes(columns[name]).as(`p${i}`)],
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
 * Every shown finding passing the filters, in the list's order: by force, newest report and ref; by rank when
 * searched (then by the same). Their ids only: the list holds the order, and reads a page's rows by id.
 */
export async function shownFindingOrder(db: Db, filters: ShownFindingFilters): Promise<string[]> {
  const columns = facetColumns(filters);
  const query = filters.q ? webSearch(filters.q) : null;
  const order = [
    asc(organisations.name),
    sql`${reports.publishedOn} desc nulls last`,
    asc(pf.ref),
    asc(pf.findingId),
  ];
  const rows = await withShownJoins(db.select({ id: pf.findingId }).from(pf).$dynamic())
    .where(
      and(
        SHOWN,
        query ? matchesWords(query) : undefined,
        ...FACETS.map((name) => columns[name].chosen),
      ),
    )
    .orderBy(...(query ? [desc(sql`ts_rank(${pfSearch}, ${query})`), ...order] : order));
  return rows.map((r) => r.id);
}

/**
 * The shown findings with these ids, in the order given (one left out when it is no longer shown), each with
 * its latest public update and, with `q`, whether its own wording matched.
 */
export async function shownFindingsWithIds(
  db: Db,
  ids: readonly string[],
  q: string | undefined,
): Promise<ShownFinding[]> {
  if (ids.length === 0) return [];
  const rows = q
    ? await withShownJoins(
        db
          .select(shownColumns(webSearch(q)))
          .from(pf)
          .$dynamic(),
      ).where(and(SHOWN, inArray(pf.findingId, [...ids])))
    : await unsearchedWithIds(db).execute({ ids: [...ids] });
  const place = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => place.get(a.findingId)! - place.get(b.findingId)!);
}

/**
 * A page's findings by id, as a prepared statement: a force's list reads one page a request, and planning this
 * six-table join took twice as long as running it (10 against 5 ms at 10x on a 2-core machine).
 */
function unsearchedWithIds(db: Db) {
  return preparedOnce(db, 'shown_findings_with_ids', (db, name) =>
    withShownJoins(db.select(shownColumns(null)).from(pf).$dynamic())
      .where(and(SHOWN, sql`${pf.findingId} = any(${sql.placeholder('ids')}::uuid[])`))
      .prepare(name),
  );
}
