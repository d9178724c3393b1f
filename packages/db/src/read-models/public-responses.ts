import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Grade, ResponseRecord } from '@irr/domain';
import type { Db } from '../connection.js';
import { organisations, recordVersions, reports, responseRecords } from '../schema/index.js';
import { preparedOnce } from './prepared.js';

/** What publication froze: the record as published and the id of each of its findings by ref. */
export interface PublishedSnapshot {
  record: ResponseRecord;
  findingIds: Record<string, string>;
}

/** The report as the portal names it. */
export const reportRefColumns = {
  slug: reports.slug,
  title: reports.title,
  type: reports.type,
  framework: reports.framework,
  publishedOn: reports.publishedOn,
  link: reports.link,
};

const versionColumns = {
  version: recordVersions.version,
  publishedAt: recordVersions.publishedAt,
  withdrawnAt: recordVersions.withdrawnAt,
  withdrawalReason: recordVersions.withdrawalReason,
};

/**
 * A record's published versions, newest first, each with the record's force, and the snapshot of the one
 * asked for only (the newest when `version` is undefined): the JSON API's record read in one statement.
 */
export async function publishedVersionsWithSnapshot(
  db: Db,
  recordId: string,
  version: number | undefined,
) {
  return preparedOnce(db, 'published_versions_with_snapshot', prepareVersionsWithSnapshot).execute({
    recordId,
    version: version ?? null,
  });
}

function prepareVersionsWithSnapshot(db: Db, name: string) {
  const recordId = sql.placeholder('recordId');
  const chosen = sql`coalesce(${sql.placeholder('version')}::integer, (select max(v.version) from ${recordVersions} v where v.record_id = ${recordId}::uuid))`;
  return db
    .select({
      ...versionColumns,
      organisation: {
        slug: organisations.slug,
        name: organisations.name,
        kind: organisations.kind,
      },
      snapshot: sql<PublishedSnapshot | null>`case when ${recordVersions.version} = ${chosen} then ${recordVersions.snapshot} end`,
    })
    .from(recordVersions)
    .innerJoin(responseRecords, eq(responseRecords.id, recordVersions.recordId))
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .where(sql`${recordVersions.recordId} = ${recordId}::uuid`)
    .orderBy(desc(recordVersions.version))
    .prepare(name);
}

/** A published response by its permalink (its force's slug and its own), with every version (newest first); null when never published. */
export async function publishedResponseBySlugs(
  db: Db,
  organisationSlug: string,
  responseSlug: string,
) {
  const [row] = await db
    .select({
      record: {
        id: responseRecords.id,
        slug: responseRecords.slug,
        latestPublishedVersion: responseRecords.latestPublishedVersion,
        firstPublishedOn: responseRecords.firstPublishedOn,
      },
      organisation: { slug: organisations.slug, name: organisations.name },
      report: reportRefColumns,
    })
    .from(responseRecords)
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(and(eq(organisations.slug, organisationSlug), eq(responseRecords.slug, responseSlug)));
  if (!row || row.record.latestPublishedVersion === null) return null;
  const versions = await db
    .select({ ...versionColumns, snapshot: recordVersions.snapshot })
    .from(recordVersions)
    .where(eq(recordVersions.recordId, row.record.id))
    .orderBy(desc(recordVersions.version));
  if (versions.length === 0) return null;
  return {
    ...row,
    versions: versions.map((v) => ({ ...v, snapshot: v.snapshot as PublishedSnapshot })),
  };
}
/**
 * Where a published response's old address now points: its permalink before responses had their own
 * (`/forces/staffordshire/responses/<the report's slug>`) gives the response's slug now; null when the
 * address was never a published response's, so nothing unpublished is found out by asking.
 */
export async function movedResponseSlug(
  db: Db,
  organisationSlug: string,
  oldSlug: string,
): Promise<string | null> {
  const [row] = await db
    .select({ slug: responseRecords.slug })
    .from(responseRecords)
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(
      and(
        eq(organisations.slug, organisationSlug),
        eq(reports.slug, oldSlug),
        isNotNull(responseRecords.latestPublishedVersion),
      ),
    );
  return row && row.slug !== oldSlug ? row.slug : null;
}

export type PublishedResponse = NonNullable<Awaited<ReturnType<typeof publishedResponseBySlugs>>>;

/** Every response's newest version (withdrawn or not), by force then newest report; narrowed by the filters. */
export async function newestVersionRows(
  db: Db,
  filters: { organisationSlug?: string; year?: number; reportType?: string },
) {
  const rv = recordVersions;
  const rows = await db
    .select({
      record: {
        id: responseRecords.id,
        slug: responseRecords.slug,
        firstPublishedOn: responseRecords.firstPublishedOn,
      },
      organisation: { slug: organisations.slug, name: organisations.name },
      report: reportRefColumns,
      version: { ...versionColumns, snapshot: rv.snapshot },
    })
    .from(responseRecords)
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .innerJoin(
      rv,
      and(
        eq(rv.recordId, responseRecords.id),
        eq(
          rv.version,
          sql`(select max(v2.version) from record_versions v2 where v2.record_id = ${responseRecords.id})`,
        ),
      ),
    )
    .where(
      and(
        filters.organisationSlug ? eq(organisations.slug, filters.organisationSlug) : undefined,
        filters.reportType ? eq(reports.type, filters.reportType) : undefined,
        filters.year !== undefined
          ? sql`extract(year from ${reports.publishedOn}) = ${filters.year}`
          : undefined,
      ),
    )
    .orderBy(asc(organisations.name), sql`${reports.publishedOn} desc nulls last`);
  return rows.map((r) => ({
    ...r,
    version: { ...r.version, snapshot: r.version.snapshot as PublishedSnapshot },
  }));
}

/** The grades of a force's current, not withdrawn, responses: oldest report first. */
export async function currentGradesOf(db: Db, organisationId: string) {
  return db
    .select({
      responseSlug: responseRecords.slug,
      reportSlug: reports.slug,
      reportTitle: reports.title,
      reportPublishedOn: reports.publishedOn,
      framework: reports.framework,
      grades: sql<Grade[]>`${recordVersions.snapshot}->'record'->'grades'`,
    })
    .from(responseRecords)
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .innerJoin(
      recordVersions,
      and(
        eq(recordVersions.recordId, responseRecords.id),
        eq(recordVersions.version, responseRecords.latestPublishedVersion),
      ),
    )
    .where(
      and(eq(responseRecords.organisationId, organisationId), isNull(recordVersions.withdrawnAt)),
    )
    .orderBy(sql`${reports.publishedOn} asc nulls first`);
}
