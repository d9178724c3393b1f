import type { Db } from '@irr/db';
import { loadRecord, type StoredRecord } from '@irr/db/repositories';
import { AppError, notFound } from '@irr/domain';
import { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';

export function toStaffRecord(s: StoredRecord): StaffRecord {
  const r = s.row;
  return {
    id: r.id,
    slug: r.slug,
    rowVersion: r.rowVersion,
    status: r.status,
    draftVersion: r.draftVersion,
    latestPublishedVersion: r.latestPublishedVersion,
    organisation: {
      id: s.organisation.id,
      slug: s.organisation.slug,
      name: s.organisation.name,
      kind: s.organisation.kind,
    },
    report: {
      id: s.report.id,
      slug: s.report.slug,
      title: s.report.title,
      type: s.report.type,
      framework: s.report.framework,
      publishedOn: s.report.publishedOn,
    },
    updatedAt: r.updatedAt,
    lastEditorId: r.lastEditorId,
    changesRequestedReason: r.changesRequestedReason,
    dates: {
      commentsRequestedOn: r.commentsRequestedOn,
      commentsDueOn: r.commentsDueOn,
      commentsReceivedOn: r.commentsReceivedOn,
      firstPublishedOn: r.firstPublishedOn,
      sentToHmicfrsOn: r.sentToHmicfrsOn,
      sentToHomeSecretaryOn: r.sentToHomeSecretaryOn,
      notRequiredReason: r.notRequiredReason,
    },
    record: s.record,
    findings: s.findings.map((f) => ({
      id: f.row.id,
      rowVersion: f.row.rowVersion,
      ref: f.row.ref,
      owner: f.row.ownerUserId
        ? { id: f.row.ownerUserId, name: s.ownerNames.get(f.row.ownerUserId) ?? '' }
        : null,
      ownerTeam: f.row.ownerTeam,
      originalTargetDate: f.row.originalTargetDate,
      targetDate: f.row.targetDate,
      causeStatus: f.row.causeStatus,
      inspectorateStatus: f.row.inspectorateStatus,
      status: f.row.status,
      updates: f.updates.map((u) => ({
        id: u.id,
        date: u.date,
        datePrecision: u.datePrecision,
        author: u.author,
        visibility: u.visibility,
        text: u.text,
      })),
    })),
  };
}

/** The record as staff see it after a change: read again, so the answer shows what was stored. */
export async function reloadStaffRecord(
  uc: UseCaseContext,
  recordId: string,
): Promise<StaffRecord> {
  const stored = await loadRecord(uc.db, recordId);
  if (!stored) throw notFound('That response record');
  return toStaffRecord(stored);
}

/**
 * Inside a write's transaction, as its last step: the record as this write left it, checked with
 * the schema every read of it answers with. A write that would leave the record unreadable (text
 * that grew past its limit when cleaned, one finding too many) is refused with the field at fault
 * and rolled back, instead of committing and then failing every answer about the record.
 */
export async function storedStaffRecord(tx: Db, recordId: string): Promise<StaffRecord> {
  const stored = await loadRecord(tx, recordId);
  if (!stored) throw notFound('That response record');
  return checkedStaffRecord(stored);
}

/**
 * `storedStaffRecord` for a write that holds every row it wrote, as stored (from RETURNING): the
 * same check without reading them back.
 */
export function checkedStaffRecord(stored: StoredRecord): StaffRecord {
  const record = toStaffRecord(stored);
  const checked = StaffRecord.safeParse(record);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const field = issue.path.join('.');
    throw new AppError({
      code: 'INVALID_INPUT',
      message: `This change would leave the record unreadable (${field}: ${issue.message}); nothing was saved`,
      field,
    });
  }
  return record;
}
