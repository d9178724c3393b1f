import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import {
  findings,
  organisations,
  publishedFindings,
  recordVersions,
  reports,
  responseRecords,
} from '../schema/index.js';
import type { webSearch } from './text-search.js';

/**
 * The parts of every statement that reads the findings the public sees (`public-findings.ts`,
 * `public-finding-list.ts`): one join, one condition and one set of columns, so no list can show a finding
 * another would not. Not exported from the read models: callers get rows, not SQL.
 */

const pf = publishedFindings;
/** The published wording's search vector (a generated column the schema does not declare). */
export const pfSearch = sql.raw('"published_findings"."search"');

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
