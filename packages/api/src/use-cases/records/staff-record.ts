import { loadRecord, type StoredRecord } from '@irr/db/repositories';
import { notFound } from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';

export function toStaffRecord(s: StoredRecord): StaffRecord {
  const r = s.row;
  return {
    id: r.id,
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
      owner: f.row.owner,
      originalTargetDate: f.row.originalTargetDate,
      targetDate: f.row.targetDate,
      causeStatus: f.row.causeStatus,
      inspectorateStatus: f.row.inspectorateStatus,
      status: f.row.status,
      updates: f.updates.map((u) => ({
        id: u.id,
        date: u.date,
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
