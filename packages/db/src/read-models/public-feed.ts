import { and, desc, eq, sql } from 'drizzle-orm';
import type { Grade } from '@irr/domain';
import type { Db } from '../connection.js';
import { organisations, recordVersions, reports, responseRecords } from '../schema/index.js';
import { reportRefColumns } from './public-responses.js';

/**
 * Published versions and withdrawals, newest event first (of one force or report when given): the Atom feeds. Each row says
 * whether its response now stands withdrawn, so the caller can leave out every version's wording.
 */
export async function feedRows(
  db: Db,
  of: { organisationSlug?: string | undefined; reportSlug?: string | undefined },
  limit: number,
) {
  const rv = recordVersions;
  const latest = sql<number>`(select max(v2.version) from record_versions v2 where v2.record_id = ${rv.recordId})`;
  return db
    .select({
      recordId: rv.recordId,
      version: rv.version,
      publishedAt: rv.publishedAt,
      withdrawnAt: rv.withdrawnAt,
      withdrawalReason: rv.withdrawalReason,
      latestWithdrawn: sql<boolean>`exists (select 1 from record_versions v3 where v3.record_id = ${rv.recordId} and v3.version = ${latest} and v3.withdrawn_at is not null)`,
      summary: sql<string>`${rv.snapshot}->'record'->>'summary'`,
      grades: sql<Grade[]>`${rv.snapshot}->'record'->'grades'`,
      organisation: { slug: organisations.slug, name: organisations.name },
      responseSlug: responseRecords.slug,
      report: reportRefColumns,
    })
    .from(rv)
    .innerJoin(responseRecords, eq(responseRecords.id, rv.recordId))
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(
      and(
        of.organisationSlug ? eq(organisations.slug, of.organisationSlug) : undefined,
        of.reportSlug ? eq(reports.slug, of.reportSlug) : undefined,
      ),
    )
    .orderBy(
      sql`greatest(${rv.publishedAt}, coalesce(${rv.withdrawnAt}, ${rv.publishedAt})) desc`,
      desc(rv.version),
    )
    .limit(limit);
}
