import type { Db } from '@irr/db';
import {
  findReport,
  loadRecord,
  type PendingImportRow,
  type RecordRow,
} from '@irr/db/repositories';
import {
  renderRecord,
  type DocumentFormat,
  type ImportDecision,
  type RecordDiagnostic,
  type ReportFindingQuestion,
  type ResponseRecord,
  type UnplacedBlock,
} from '@irr/domain';
import type { Actor } from '../context.js';
import { reportFindingQuestions } from './link-report-findings.js';
import { meetExisting, resolveImportOrganisation, type Meeting } from './meet-existing.js';
import { reviewPendingImport, type PendingReview } from './review-pending.js';

/** One staged record, as a list or a batch shows it. */
export interface PendingImportSummary {
  id: string;
  batchId: string;
  fileName: string;
  format: DocumentFormat;
  startLine: number;
  endLine: number;
  status: PendingImportRow['status'];
  organisation: string | null;
  reportTitle: string | null;
  findings: number;
  updates: number;
  errors: number;
  warnings: number;
  unplaced: number;
  /** The review is ok and nothing is left to ask (no near match, no national finding's wording unanswered). */
  ready: boolean;
  meeting: Meeting | null;
  /**
   * Findings of a national or thematic report numbered as one the report holds but worded differently: the
   * user says whether each is the same recommendation (a `report_finding` decision) before it is saved.
   */
  reportFindingQuestions: ReportFindingQuestion[];
  resultRecordId: string | null;
  expiresAt: Date;
}

/** One staged record as the review screen shows it: its source beside the draft it became. */
export interface PendingImportView extends PendingImportSummary {
  rowVersion: number;
  source: { no: number; text: string; page: number | null; paragraph: number | null }[];
  decisions: ImportDecision[];
  reviewed: {
    record: ResponseRecord | null;
    diagnostics: RecordDiagnostic[];
    unplaced: UnplacedBlock[];
    ok: boolean;
  };
  findingLines: Record<string, number>;
  existingText: string | null;
  importedText: string | null;
}

/** Everything a read works out about a pending import, for a summary, a view or a confirm. */
export interface PendingImportState {
  row: PendingImportRow;
  review: PendingReview;
  organisationId: string | null;
  organisationName: string | null;
  meeting: Meeting | null;
  reportId: string | null;
  existing: RecordRow | null;
  reportFindingQuestions: ReportFindingQuestion[];
  /** The review with the organisation's check added: what confirming would save, and whether it may. */
  reviewed: PendingImportView['reviewed'];
}

/**
 * A pending import read again: re-parsed, reviewed, its organisation resolved among the user's
 * editor memberships (a record naming any other cannot be imported: an error says so) and met with
 * the reports already held.
 */
export async function pendingImportState(
  db: Db,
  actor: Actor,
  row: PendingImportRow,
): Promise<PendingImportState> {
  const review = reviewPendingImport(row);
  const record = review.reviewed.record;
  const org = await resolveImportOrganisation(db, actor, record);
  const encounter = await meetExisting(db, org?.id ?? null, record, row.decisions);
  const report = encounter.reportId ? await findReport(db, encounter.reportId) : null;
  const questions = record
    ? await reportFindingQuestions(db, report, record.findings, row.decisions)
    : [];
  const reviewed = { ...review.reviewed };
  if (record && !org) {
    const refusal: RecordDiagnostic = {
      severity: 'error',
      line: row.lineOffset + 1,
      field: 'organisation',
      code: 'ORGANISATION_NOT_YOURS',
      message: `"${record.organisation.name}" is not an organisation in this register where you are an editor; correct the organisation or ask an admin`,
    };
    reviewed.diagnostics = [refusal, ...reviewed.diagnostics];
    reviewed.ok = false;
  }
  return {
    row,
    review,
    organisationId: org?.id ?? null,
    organisationName: org?.name ?? record?.organisation.name ?? null,
    ...encounter,
    reportFindingQuestions: questions,
    reviewed,
  };
}

export function toSummary(s: PendingImportState): PendingImportSummary {
  const record = s.reviewed.record;
  const count = (severity: RecordDiagnostic['severity']) =>
    s.reviewed.diagnostics.filter((d) => d.severity === severity).length;
  return {
    id: s.row.id,
    batchId: s.row.batchId,
    fileName: s.row.fileName,
    format: s.row.format,
    startLine: s.row.lineOffset + 1,
    endLine: s.row.lineOffset + Math.max(1, s.review.lines.length),
    status: s.row.status,
    organisation: s.organisationName,
    reportTitle: record?.report.title ?? null,
    findings: record?.findings.length ?? 0,
    updates: record?.findings.reduce((n, f) => n + f.updates.length, 0) ?? 0,
    errors: count('error'),
    warnings: count('warning'),
    unplaced: s.reviewed.unplaced.length,
    ready:
      s.reviewed.ok &&
      (s.meeting === null || s.meeting.choices.length > 0) &&
      s.reportFindingQuestions.length === 0,
    meeting: s.meeting,
    reportFindingQuestions: s.reportFindingQuestions,
    resultRecordId: s.row.resultRecordId,
    expiresAt: s.row.expiresAt,
  };
}

export async function toView(db: Db, s: PendingImportState): Promise<PendingImportView> {
  const existing = s.existing ? await loadRecord(db, s.existing.id) : null;
  const places = s.row.places;
  return {
    ...toSummary(s),
    rowVersion: s.row.rowVersion,
    source: s.review.lines.map((text, i) => ({
      no: s.row.lineOffset + i + 1,
      text,
      page: places?.[i]?.page ?? null,
      paragraph: places?.[i]?.paragraph ?? null,
    })),
    decisions: s.row.decisions,
    reviewed: s.reviewed,
    findingLines: s.review.parsed.findingLines,
    existingText: existing ? renderRecord(existing.record) : null,
    importedText: s.reviewed.record ? renderRecord(s.reviewed.record) : null,
  };
}

/** Summaries of many pending imports, read one after another. */
export async function summaries(
  db: Db,
  actor: Actor,
  rows: readonly PendingImportRow[],
): Promise<PendingImportSummary[]> {
  const out: PendingImportSummary[] = [];
  for (const row of rows) out.push(toSummary(await pendingImportState(db, actor, row)));
  return out;
}
