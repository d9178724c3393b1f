import type { Db } from '@irr/db';
import {
  recordAudit,
  touchRecord,
  updateRecordIfVersion,
  type StoredRecord,
} from '@irr/db/repositories';
import { AppError, checkPublicationTransition, checkRecordEditable } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';

/** Refuses, before anything is written, an edit of a record's content that its status does not allow. */
export function assertRecordEditable(stored: StoredRecord): void {
  const edit = checkRecordEditable(stored.row.status);
  if (!edit.ok) throw new AppError(edit.error);
}

/**
 * Inside an edit's transaction: names the actor as the record's last editor and, if the record was
 * approved, takes it back to draft through the publication lifecycle (`approval_reopened`,
 * audited), so an edit after approval always needs a fresh review. With `rowVersion` the record's
 * own version guards the write; without it (a finding's edit, guarded by the finding's version)
 * the record's version moves only when the edit reopens it.
 */
export async function markRecordEdited(
  tx: Db,
  uc: UseCaseContext,
  stored: StoredRecord,
  rowVersion: number | null,
  set: Parameters<typeof updateRecordIfVersion>[3] = {},
): Promise<void> {
  const edit = checkRecordEditable(stored.row.status);
  if (!edit.ok) throw new AppError(edit.error);
  if (edit.value.reopens) {
    const move = checkPublicationTransition({
      from: stored.row.status,
      to: 'draft',
      actorRole: requireRole(uc.actor, stored.row.organisationId, 'editor'),
      actorId: uc.actor.id ?? '',
      actorChangedVersion: false,
    });
    if (!move.ok) throw new AppError(move.error);
  }
  if (rowVersion === null && !edit.value.reopens) {
    await touchRecord(tx, stored.row.id, uc.actor.id);
  } else {
    await updateRecordIfVersion(tx, stored.row.id, rowVersion ?? stored.row.rowVersion, {
      ...set,
      ...(edit.value.reopens && { status: 'draft' as const }),
      lastEditorId: uc.actor.id,
    });
  }
  if (edit.value.reopens) {
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: 'record.approval_reopened',
      entityType: 'response_record',
      entityId: stored.row.id,
      before: { status: stored.row.status },
      after: { status: 'draft' },
    });
  }
}
