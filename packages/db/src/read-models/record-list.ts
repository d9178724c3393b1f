import { and, desc, eq, inArray } from 'drizzle-orm';
import type { PublicationStatus } from '@irr/domain';
import type { Db } from '../connection.js';
import { organisations, reports, responseRecords } from '../schema/index.js';

export interface RecordListFilter {
  /** Only these organisations' records; undefined for every organisation's. */
  organisationIds?: readonly string[];
  status?: PublicationStatus;
  /** Only these records (a dashboard queue's). */
  recordIds?: readonly string[];
  limit: number;
}

/** Staff's list of response records, most recently changed first, with organisation and report. */
export async function listRecords(db: Db, filter: RecordListFilter) {
  const rows = await db
    .select({ record: responseRecords, organisation: organisations, report: reports })
    .from(responseRecords)
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(
      and(
        filter.organisationIds
          ? inArray(responseRecords.organisationId, [...filter.organisationIds])
          : undefined,
        filter.status ? eq(responseRecords.status, filter.status) : undefined,
        filter.recordIds ? inArray(responseRecords.id, [...filter.recordIds]) : undefined,
      ),
    )
    .orderBy(desc(responseRecords.updatedAt))
    .limit(filter.limit);
  return rows.map(({ record, organisation, report }) => ({
    id: record.id,
    rowVersion: record.rowVersion,
    status: record.status,
    draftVersion: record.draftVersion,
    latestPublishedVersion: record.latestPublishedVersion,
    organisation: {
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      kind: organisation.kind,
    },
    report: {
      id: report.id,
      slug: report.slug,
      title: report.title,
      type: report.type,
      framework: report.framework,
      publishedOn: report.publishedOn,
    },
    updatedAt: record.updatedAt,
  }));
}
