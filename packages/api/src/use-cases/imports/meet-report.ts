import type { Db } from '@irr/db';
import {
  coverReport,
  insertReport,
  lockReportMatching,
  reportCandidates,
  type RecordRow,
  type ReportRow,
} from '@irr/db/repositories';
import { AppError, matchReport, type HeldReport, type ResponseRecord } from '@irr/domain';

/**
 * Inside an import's transaction, for imports that cannot ask (`import.records`, `irr import`): the report
 * held for this inspection, with the organisation added to the forces it covers and the response the
 * organisation already holds to it (`existing`, in the same statement), or a new one, to which no one
 * holds a response yet. A near match is refused (REPORT_NEAR_MATCH), naming the held report: only a
 * person can say whether it is the same inspection, and the admin app's import asks them.
 */
export async function meetOrCreateReport(
  tx: Db,
  report: ResponseRecord['report'],
  organisationId: string,
): Promise<{ report: ReportRow; existing: RecordRow | null }> {
  await lockReportMatching(tx, report);
  const candidates = await reportCandidates(tx, report, organisationId);
  const match = matchReport(report, organisationId, candidates);
  if (match.kind === 'near') throw nearMatch(match.why, match.reportIds, candidates);
  if (match.kind === 'same') {
    const held = (await coverReport(tx, match.reportId, organisationId))!;
    return { report: held.report, existing: held.record };
  }
  return { report: await insertReport(tx, report, organisationId), existing: null };
}

function nearMatch(
  why: string,
  ids: readonly string[],
  candidates: readonly HeldReport[],
): AppError {
  const titles = ids
    .map((id) => candidates.find((c) => c.id === id))
    .filter((c): c is HeldReport => c !== undefined)
    .map((c) => `"${c.title}"${c.publishedOn ? ` (published ${c.publishedOn})` : ''}`);
  return new AppError(
    {
      code: 'REPORT_NEAR_MATCH',
      message: `This report may be one already held: ${titles.join(' or ')} (${why}). Import the file in the admin app, which asks whether it is the same inspection`,
      field: 'report',
    },
    { reportIds: [...ids] },
  );
}
