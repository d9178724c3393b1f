import { recordAudit, updateRecordIfVersion, withdrawLatestVersion } from '@irr/db/repositories';
import {
  AppError,
  checkPublicationTransition,
  londonDateOf,
  publicationEffects,
} from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import { requireRole, type UseCaseContext } from '../context.js';
import { recordFor } from '../records/record-for.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { publishVersion } from './publish-version.js';
import { publicationMoveInput, type PublicationMoveRequest } from './move-input.js';
import { notifyRecordMoved } from '../notifications/notify-record-moved.js';

export interface TransitionRecordInput extends PublicationMoveRequest {
  recordId: string;
  rowVersion: number;
}

/**
 * A move of the publication lifecycle: submit, request changes or withdraw the submission,
 * approve, publish, withdraw, start a new version. The domain's transition table decides and says what the move changes; this
 * writes it, freezes or withdraws the published version, and audits the lifecycle's event.
 */
export async function transitionRecord(
  uc: UseCaseContext,
  input: TransitionRecordInput,
): Promise<StaffRecord> {
  const stored = await recordFor(uc, input.recordId, 'editor');
  const row = stored.row;
  const check = checkPublicationTransition(
    await publicationMoveInput(
      uc,
      stored,
      requireRole(uc.actor, row.organisationId, 'editor'),
      input,
    ),
  );
  if (!check.ok) throw new AppError(check.error);
  const move = check.value;
  const now = uc.now();
  const set = {
    ...publicationEffects(move, row, { today: londonDateOf(now), reason: input.reason }),
    // An approval without the report's date records why it was not known (checked above).
    ...(move.event === 'approved' && {
      publicationDateUnknownReason:
        stored.report.publishedOn === null ? (input.dateUnknownReason?.trim() ?? null) : null,
    }),
  };
  return uc.db.transaction(async (tx) => {
    await updateRecordIfVersion(tx, row.id, input.rowVersion, set);
    if (move.event === 'published') await publishVersion(tx, uc, stored, now);
    if (move.event === 'withdrawn')
      await withdrawLatestVersion(tx, row.id, row.latestPublishedVersion, {
        at: now,
        reason: input.reason!.trim(),
      });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: row.organisationId,
      action: `record.${move.event}`,
      entityType: 'response_record',
      entityId: row.id,
      before: { status: row.status, version: row.draftVersion },
      after: { ...set, reason: input.reason ?? null },
    });
    await notifyRecordMoved(tx, uc, {
      recordId: row.id,
      organisationId: row.organisationId,
      organisationName: stored.organisation.name,
      reportTitle: stored.report.title,
      event: move.event,
    });
    return storedStaffRecord(tx, row.id);
  });
}
