import { eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { reportForces, reports, responseRecords } from '../schema/index.js';
import type { ReportRow } from './import-record.js';
import { updateIfVersion } from './versioned.js';

/** The details of a report its responders may correct; the title and inspectorate come from the import. */
export type ReportDetailsPatch = Partial<
  Pick<typeof reports.$inferInsert, 'publishedOn' | 'link' | 'type' | 'framework'>
>;

/**
 * Change a report's details if it is still at the version the user saw; returns the new row, or
 * throws STALE_VERSION with the version now stored.
 */
export function updateReportDetails(
  tx: Db,
  reportId: string,
  rowVersion: number,
  patch: ReportDetailsPatch,
): Promise<ReportRow> {
  return updateIfVersion(tx, reports, 'report', reportId, rowVersion, patch);
}

/** The organisations a (not national) report names as covered. */
export async function reportForceIds(db: Db, reportId: string): Promise<string[]> {
  const rows = await db
    .select({ id: reportForces.organisationId })
    .from(reportForces)
    .where(eq(reportForces.reportId, reportId));
  return rows.map((r) => r.id);
}

/** Replace the forces a report covers. */
export async function setReportForces(
  tx: Db,
  reportId: string,
  organisationIds: readonly string[],
): Promise<void> {
  await tx.delete(reportForces).where(eq(reportForces.reportId, reportId));
  const unique = [...new Set(organisationIds)];
  if (unique.length > 0)
    await tx
      .insert(reportForces)
      .values(unique.map((organisationId) => ({ reportId, organisationId })));
}

/** What rests on a report's details: the responses that refer to it. */
export interface ReportReferences {
  /** Whether any response to the report has a published version. */
  publishedResponse: boolean;
  /** Whether a response of an organisation not among `ownOrganisationIds` refers to the report. */
  otherOrganisationResponse: boolean;
  /** The organisations whose responses refer to the report. */
  respondingOrganisationIds: string[];
  /** The records of the report with a published version: their public pages show its details. */
  publishedRecordIds: string[];
}

/** Which responses refer to a report, seen from the organisations in `ownOrganisationIds`. */
export async function reportReferences(
  db: Db,
  reportId: string,
  ownOrganisationIds: readonly string[],
): Promise<ReportReferences> {
  const rows = await db
    .select({
      id: responseRecords.id,
      organisationId: responseRecords.organisationId,
      published: isNotNull(responseRecords.latestPublishedVersion),
    })
    .from(responseRecords)
    .where(eq(responseRecords.reportId, reportId));
  const published = rows.filter((r) => r.published);
  return {
    publishedResponse: published.length > 0,
    otherOrganisationResponse: rows.some((r) => !ownOrganisationIds.includes(r.organisationId)),
    respondingOrganisationIds: [...new Set(rows.map((r) => r.organisationId))],
    publishedRecordIds: published.map((r) => r.id),
  };
}
