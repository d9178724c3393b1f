import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { Db } from '../connection.js';
import {
  findings,
  organisations,
  publishedFindings,
  recordVersions,
  reports,
  responseRecords,
} from '../schema/index.js';
import { webSearch } from './text-search.js';

/**
 * The current published findings the public sees. Wording comes from published_findings (frozen at publication);
 * tracking (status, target dates, HMICFRS's status) is the live public field of the finding; updates are public ones only.
 */

const pf = publishedFindings;
const pfSearch = sql.raw('"published_findings"."search"');

/** What a shown finding is joined to: its version, live finding, force, record and report. */
export function withShownJoins<T extends PgSelect>(q: T) {
  return q
    .innerJoin(recordVersions, eq(recordVersions.id, pf.versionId))
    .innerJoin(findings, eq(findings.id, pf.findingId))
    .innerJoin(organisations, eq(organisations.id, pf.organisationId))
    .innerJoin(responseRecords, eq(responseRecords.id, pf.recordId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId));
}
/** A finding the public sees: the current wording of a version that was not withdrawn. */
export const SHOWN = and(eq(pf.current, true), isNull(recordVersions.withdrawnAt));

export function shownColumns(query: ReturnType<typeof webSearch> | null) {
  return {
    findingId: pf.findingId,
    recordId: pf.recordId,
    organisationSlug: organisations.slug,
    organisationName: organisations.name,
    responseSlug: responseRecords.slug,
    reportSlug: reports.slug,
    reportTitle: reports.title,
    reportType: reports.type,
    reportPublishedOn: reports.publishedOn,
    version: recordVersions.version,
    ref: pf.ref,
    kind: pf.kind,
    reportFindingId: pf.reportFindingId,
    grade: pf.grade,
    title: pf.title,
    reference: pf.reference,
    acceptance: pf.acceptance,
    pillar: pf.pillar,
    area: pf.area,
    text: pf.text,
    status: findings.status,
    originalTargetDate: findings.originalTargetDate,
    targetDate: findings.targetDate,
    inspectorateStatus: findings.inspectorateStatus,
    latestUpdateOn: sql<
      string | null
    >`(select max(u.date)::text from finding_updates u where u.finding_id = ${pf.findingId} and u.visibility = 'public')`,
    // How precisely that latest date was given: a month-only update must not read as the 1st.
    latestUpdatePrecision: sql<
      'day' | 'month' | null
    >`(select u.date_precision from finding_updates u where u.finding_id = ${pf.findingId} and u.visibility = 'public' and u.date is not null order by u.date desc, u.position desc limit 1)`,
    findingMatch: query ? sql<boolean>`${pfSearch} @@ ${query}` : sql<boolean>`false`,
    rank: query
      ? sql<number>`ts_rank(${pfSearch}, ${query})`.mapWith(Number)
      : sql<number>`0`.mapWith(Number),
  };
}

/** A shown finding whose wording or one of its public updates matches the words. */
export function matchesWords(query: SQL): SQL {
  return sql`(${pfSearch} @@ ${query} or exists (select 1 from finding_updates u where u.finding_id = ${pf.findingId} and u.visibility = 'public' and u.search @@ ${query}))`;
}

/**
 * Every shown finding (of one force when given) whose wording or a public update matches the words (all without):
 * by force, newest report and ref; by rank when searched.
 */
export async function shownFindings(
  db: Db,
  filters: { q: string | null; organisationSlug?: string | undefined },
) {
  const query = filters.q ? webSearch(filters.q) : null;
  const rows = await withShownJoins(db.select(shownColumns(query)).from(pf).$dynamic())
    .where(
      and(
        SHOWN,
        query ? matchesWords(query) : undefined,
        // Narrowed here as well as in memory, so one force's findings do not cost the nation's.
        filters.organisationSlug ? eq(organisations.slug, filters.organisationSlug) : undefined,
      ),
    )
    .orderBy(organisations.name, sql`${reports.publishedOn} desc nulls last`, pf.ref);
  return query ? [...rows].sort((a, b) => b.rank - a.rank) : rows;
}
export type ShownFinding = Awaited<ReturnType<typeof shownFindings>>[number];

/** How many shown findings each force has (value: its slug, label: its name), by name. */
export async function shownFindingCountsByForce(
  db: Db,
): Promise<{ value: string; label: string; count: number }[]> {
  const counted = db
    .select({
      value: organisations.slug,
      label: organisations.name,
      count: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(pf)
    .$dynamic();
  // The same joins and conditions as shownFindings, so a count never includes a row the list cannot show.
  const rows = await withShownJoins(counted)
    .where(SHOWN)
    .groupBy(organisations.slug, organisations.name);
  return rows.sort((a, b) => a.label.localeCompare(b.label));
}

/** The current published wording of a finding, or undefined when no current version holds it. */
export async function currentPublishedFinding(db: Db, findingId: string) {
  const [row] = await db
    .select()
    .from(pf)
    .where(and(eq(pf.findingId, findingId), eq(pf.current, true)));
  return row;
}
