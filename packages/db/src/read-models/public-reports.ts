import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { OrganisationKind } from '@irr/domain';
import type { Db } from '../connection.js';
import {
  organisations,
  recordVersions,
  reportForces,
  reports,
  responseRecords,
} from '../schema/index.js';
import { reportRefColumns } from './public-responses.js';

// Some organisation has published a response to the report: only then is the report public. Named in full: drizzle leaves a single-table query's columns unqualified, which inside a subquery
// would name the subquery's own table.
const publishedResponseCount = sql`(select count(*) from ${responseRecords} rr where rr.report_id = "reports"."id" and rr.latest_published_version is not null)`;
const hasPublishedResponse = sql`exists (select 1 from ${responseRecords} rr where rr.report_id = "reports"."id" and rr.latest_published_version is not null)`;

/** A report the portal shows (a response to it has been published), by its slug; undefined otherwise. */
export async function publishedReportBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({
      id: reports.id,
      ...reportRefColumns,
      inspectorate: reports.inspectorate,
      national: reports.national,
    })
    .from(reports)
    .where(and(eq(reports.slug, slug), hasPublishedResponse));
  return row;
}

/** Every report the portal shows, newest first, with how many organisations have published a response. */
export async function publishedReports(db: Db) {
  return db
    .select({
      ...reportRefColumns,
      national: sql<boolean>`${reports.national} or ${reports.type} = 'national'`,
      publishedResponses: sql<number>`${publishedResponseCount}`.mapWith(Number),
    })
    .from(reports)
    .where(hasPublishedResponse)
    .orderBy(sql`${reports.publishedOn} desc nulls last`, reports.title);
}

/**
 * Every organisation a report relates to, by name: those it names (or, for a national report, every
 * organisation of `nationalKind`) and any that published a response to it. Of each response only what the
 * register may say: the day it was first published and whether its latest version is withdrawn (published
 * ones), or whether the office recorded that none is required (never a draft's wording or reason).
 */
export async function reportRegisterRows(
  db: Db,
  report: { id: string; national: boolean },
  nationalKind: OrganisationKind,
) {
  const rr = responseRecords;
  const published = isNotNull(rr.latestPublishedVersion);
  const rows = await db
    .select({
      slug: organisations.slug,
      name: organisations.name,
      kind: organisations.kind,
      firstPublishedOn: sql<
        string | null
      >`case when ${published} then ${rr.firstPublishedOn}::text end`,
      // A response's address only once it is published: a draft's is nobody's business.
      responseSlug: sql<string | null>`case when ${published} then ${rr.slug} end`,
      notRequired: sql<boolean>`coalesce(${rr.latestPublishedVersion} is null and ${rr.notRequiredReason} is not null, false)`,
      withdrawn: sql<boolean>`coalesce(${recordVersions.withdrawnAt} is not null, false)`,
    })
    .from(organisations)
    .leftJoin(rr, and(eq(rr.reportId, report.id), eq(rr.organisationId, organisations.id)))
    .leftJoin(
      recordVersions,
      and(
        eq(recordVersions.recordId, rr.id),
        eq(recordVersions.version, rr.latestPublishedVersion),
      ),
    )
    .where(
      or(
        report.national ? eq(organisations.kind, nationalKind) : undefined,
        sql`exists (select 1 from ${reportForces} rf where rf.report_id = ${report.id} and rf.organisation_id = "organisations"."id")`,
        published,
      ),
    )
    .orderBy(organisations.name);
  return rows;
}
