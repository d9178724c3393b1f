import type { Db } from '@irr/db';
import {
  addReportForce,
  findPendingImport,
  findReport,
  insertReport,
  lockReportMatching,
  organisationsByIds,
  recordAudit,
  updatePendingImportIfVersion,
} from '@irr/db/repositories';
import { AppError, planRecordImport, staleVersion, type ResponseRecord } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { createImportedRecord } from './create-imported-record.js';
import type { MeetingChoice } from './meet-existing.js';
import { linkToReportFindings, reportFindingsUnanswered } from './link-report-findings.js';
import { expiryFrom, importingUser } from './pending-import-owner.js';
import { pendingImportState, type PendingImportState } from './pending-import-view.js';
import { replaceImportedDraft } from './replace-imported-draft.js';
import { requirePending } from './require-pending.js';
import { reviewPendingImport } from './review-pending.js';
import { startImportedVersion } from './start-imported-version.js';

type ConfirmAction = Exclude<MeetingChoice, 'open'>;

export interface ConfirmImportInput {
  id: string;
  rowVersion: number;
  action: ConfirmAction;
  /** The version of the record met that the user reviewed against (replace_draft, next_version). */
  existingRowVersion?: number;
}

export interface ConfirmedImport {
  outcome: 'created' | 'replaced_draft' | 'new_version';
  recordId: string;
  /** The version the draft becomes when published. */
  version: number;
}

/**
 * Saves a reviewed import as the user chose, in one transaction that also marks it imported: a new
 * record, the held draft replaced, or the next version of a published one. Refused, with nothing
 * saved, when the review is not ready, the choice is not one offered, the pending import moved on
 * (STALE_VERSION) or the record met changed since the review (STALE_VERSION).
 */
export async function confirmImport(
  uc: UseCaseContext,
  input: ConfirmImportInput,
): Promise<ConfirmedImport> {
  const userId = importingUser(uc.actor);
  return uc.db.transaction((tx) => confirmIn(tx, uc, userId, input));
}

async function confirmIn(
  tx: Db,
  uc: UseCaseContext,
  userId: string,
  input: ConfirmImportInput,
): Promise<ConfirmedImport> {
  const now = uc.now();
  const row = await findPendingImport(tx, input.id, userId, now);
  requirePending(row);
  if (row.rowVersion !== input.rowVersion) throw staleVersion('pending import', row.rowVersion);
  // Imports of the same inspection take turns, so two cannot both create its report.
  const draft = reviewPendingImport(row).reviewed.record;
  if (draft) await lockReportMatching(tx, draft.report);
  const state = await pendingImportState(tx, uc.actor, row);
  const record = state.reviewed.record;
  if (!state.reviewed.ok || !record || !state.organisationId) throw notReady(state);
  const choices = state.meeting?.choices ?? ['create'];
  if (!choices.includes(input.action)) throw notOffered(input.action, choices, state);
  requireRole(uc.actor, state.organisationId, 'editor');
  const { reportId, ...landed } = await land(tx, uc, state, record, input);
  // A national report's findings: each linked to the report's own, or refused while one is unanswered.
  const report = await findReport(tx, reportId);
  const unanswered = report
    ? await linkToReportFindings(tx, report, landed.recordId, record.findings, row.decisions)
    : [];
  if (unanswered.length > 0) throw reportFindingsUnanswered(unanswered);
  await updatePendingImportIfVersion(
    tx,
    row,
    input.rowVersion,
    { status: 'imported', resultRecordId: landed.recordId },
    expiryFrom(now),
  );
  await recordAudit(tx, {
    actorId: userId,
    organisationId: state.organisationId,
    action: 'record.import_reviewed',
    entityType: 'response_record',
    entityId: landed.recordId,
    after: {
      pendingImportId: row.id,
      fileName: row.fileName,
      outcome: landed.outcome,
      decisions: row.decisions,
    },
  });
  // Last: the record as this import left it must be one every read can answer with.
  await storedStaffRecord(tx, landed.recordId);
  return landed;
}

async function land(
  tx: Db,
  uc: UseCaseContext,
  state: PendingImportState,
  record: ResponseRecord,
  input: ConfirmImportInput,
): Promise<ConfirmedImport & { reportId: string }> {
  const organisationId = state.organisationId!;
  if (input.action === 'create') {
    const report = state.reportId
      ? await findReport(tx, state.reportId)
      : await insertReport(tx, record.report, organisationId);
    const [organisation] = await organisationsByIds(tx, [organisationId]);
    if (!report || !organisation) throw staleVersion('pending import', input.rowVersion);
    await addReportForce(tx, report.id, organisationId);
    const created = await createImportedRecord(tx, uc, {
      record,
      organisation,
      report,
      status: 'draft',
    });
    return { outcome: 'created', recordId: created.row.id, version: 1, reportId: report.id };
  }
  const existing = state.existing!;
  const reviewedAt = input.existingRowVersion ?? existing.rowVersion;
  if (reviewedAt !== existing.rowVersion)
    throw staleVersion('response record', existing.rowVersion);
  if (input.action === 'replace_draft') {
    await replaceImportedDraft(tx, uc, { record, existing, decisions: state.row.decisions });
    return {
      outcome: 'replaced_draft',
      recordId: existing.id,
      version: existing.draftVersion,
      reportId: existing.reportId,
    };
  }
  const role = requireRole(uc.actor, organisationId, 'editor');
  const plan = planRecordImport({ existing, actorRole: role, actorId: uc.actor.id ?? '' });
  if (!plan.ok) throw new AppError(plan.error);
  if (plan.value.kind !== 'new_version') throw notOffered(input.action, [], state);
  await startImportedVersion(tx, uc, { record, existing, plan: plan.value });
  return {
    outcome: 'new_version',
    recordId: existing.id,
    version: plan.value.version,
    reportId: existing.reportId,
  };
}

function notReady(state: PendingImportState): AppError {
  const errors = state.reviewed.diagnostics.filter((d) => d.severity === 'error').length;
  const unplaced = state.reviewed.unplaced.length;
  const why = [
    errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : null,
    unplaced > 0 ? `${unplaced} unplaced block${unplaced === 1 ? '' : 's'}` : null,
  ].filter(Boolean);
  return new AppError(
    {
      code: 'IMPORT_NOT_READY',
      message: `This import is not ready: ${why.length ? why.join(' and ') : 'it holds no record'}; resolve them in the review first`,
    },
    { errors, unplaced },
  );
}

const CHOICE_WORDS: Record<MeetingChoice, string> = {
  open: 'open it',
  create: 'create a new record',
  replace_draft: 'replace the draft',
  next_version: 'import as the next version',
};

function notOffered(
  action: ConfirmAction,
  choices: readonly MeetingChoice[],
  state: PendingImportState,
): AppError {
  const meeting = state.meeting;
  const held = meeting?.record
    ? `This report already has a ${meeting.record.status.replace('_', ' ')} response ("${meeting.report.title}")`
    : meeting && choices.length === 0
      ? `Say first whether this is the inspection "${meeting.report.title}" already held`
      : 'That is not possible for this import';
  const offered = choices.length
    ? `; you may ${choices.map((c) => CHOICE_WORDS[c]).join(' or ')}`
    : '';
  return new AppError(
    {
      code: 'IMPORT_CHOICE_NOT_OFFERED',
      message: `${held}, so you cannot ${CHOICE_WORDS[action]}${offered}`,
      field: 'action',
    },
    { choices: [...choices] },
  );
}
