import { and, eq, isNull, sql } from 'drizzle-orm';
import { FindingStatus, isFinished } from '@irr/domain';
import type { Db } from '../connection.js';
import {
  findings,
  organisations,
  publishedFindings,
  recordVersions,
  reports,
  responseRecords,
} from '../schema/index.js';

/** Every report the portal shows (a response to it is published), with what the register needs to judge it. */
export async function registerReports(db: Db) {
  return db
    .select({
      id: reports.id,
      type: reports.type,
      publishedOn: reports.publishedOn,
      national: reports.national,
    })
    .from(reports)
    .where(
      sql`exists (select 1 from ${responseRecords} rr where rr.report_id = "reports"."id" and rr.latest_published_version is not null)`,
    );
}

/** Closed, superseded or no longer applicable, as the domain says. */
const FINISHED = `{${FindingStatus.options.filter(isFinished).join(',')}}`;

/**
 * The facts the compliance figures count of every shown finding (of one force when given): its status and
 * target date, its report's date, the day its response was first published and the day it last moved to a
 * finished status.
 */
export async function shownFindingFacts(db: Db, organisationSlug?: string) {
  const pf = publishedFindings;
  return db
    .select({
      reportPublishedOn: reports.publishedOn,
      status: sql<FindingStatus>`${findings.status}`,
      targetDate: findings.targetDate,
      respondedOn: responseRecords.firstPublishedOn,
      finishedOn: sql<
        string | null
      >`(select max(sc.changed_on)::text from status_changes sc where sc.finding_id = ${pf.findingId} and sc.to_status = any(${FINISHED}::text[]))`,
    })
    .from(pf)
    .innerJoin(recordVersions, eq(recordVersions.id, pf.versionId))
    .innerJoin(findings, eq(findings.id, pf.findingId))
    .innerJoin(organisations, eq(organisations.id, pf.organisationId))
    .innerJoin(responseRecords, eq(responseRecords.id, pf.recordId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(
      and(
        eq(pf.current, true),
        isNull(recordVersions.withdrawnAt),
        organisationSlug ? eq(organisations.slug, organisationSlug) : undefined,
      ),
    );
}
