import { asc, count, eq, inArray } from 'drizzle-orm';
import type { PublicationStatus } from '@irr/domain';
import type { Db } from '../connection.js';
import { organisations, reports, responseRecords } from '../schema/index.js';

/** How many response records the register holds, in every status. */
export async function countRecords(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(responseRecords);
  return Number(row?.n ?? 0);
}

/** Every record's id, oldest first; only these organisations' when given. */
export async function recordIdsInOrder(
  db: Db,
  organisationIds?: readonly string[],
): Promise<string[]> {
  const rows = await db
    .select({ id: responseRecords.id })
    .from(responseRecords)
    .where(
      organisationIds ? inArray(responseRecords.organisationId, [...organisationIds]) : undefined,
    )
    .orderBy(asc(responseRecords.createdAt), asc(responseRecords.id));
  return rows.map((r) => r.id);
}

export interface RecordSummary {
  id: string;
  organisation: string;
  title: string;
  status: PublicationStatus;
  latestPublishedVersion: number | null;
}

/** One line per record, by organisation and report date: what the operator is told was loaded. */
export async function recordSummaries(db: Db): Promise<RecordSummary[]> {
  return db
    .select({
      id: responseRecords.id,
      organisation: organisations.name,
      title: reports.title,
      status: responseRecords.status,
      latestPublishedVersion: responseRecords.latestPublishedVersion,
    })
    .from(responseRecords)
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .orderBy(asc(organisations.name), asc(reports.publishedOn));
}
