import type { Db } from '@irr/db';
import { approversOf, hasAuditEventsBy, lastRecordEventId, submitterOf } from '@irr/db/read-models';
import type { StoredRecord } from '@irr/db/repositories';
import type {
  PublicationEvent,
  PublicationReadinessInput,
  PublicationStatus,
  Role,
} from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { actorChangedVersion } from './version-changes.js';

export interface PublicationMoveRequest {
  to: PublicationStatus;
  /** Where two moves share their statuses (in review -> draft), the one meant. */
  event?: PublicationEvent | null;
  reason?: string;
  dateUnknownReason?: string;
}

/**
 * What the domain's check (`workflow.transition`) and preview (`workflow.check`) of a publication
 * move are given: built in one place from the stored record and the audit trail, so the preview
 * lists exactly what the move would refuse.
 */
export async function publicationMoveInput(
  uc: UseCaseContext,
  stored: StoredRecord,
  actorRole: Role,
  request: PublicationMoveRequest,
): Promise<PublicationReadinessInput> {
  const row = stored.row;
  const from = row.status;
  return {
    from,
    to: request.to,
    event: request.event ?? null,
    actorRole,
    actorId: uc.actor.id ?? '',
    // Only approval asks; four eyes: no change of theirs anywhere in this version, not "last editor".
    actorChangedVersion:
      from === 'in_review' && request.to === 'approved'
        ? await actorChangedVersion(uc.db, row.id, uc.actor.id)
        : false,
    reason: request.reason,
    findings: stored.findings.map((f) => ({
      ref: f.row.ref,
      kind: f.row.kind,
      acceptance: f.finding.acceptance,
      status: f.row.status,
      ownerUserId: f.row.ownerUserId,
    })),
    reportPublishedOn: stored.report.publishedOn,
    dateUnknownReason: request.dateUnknownReason,
    // Only a withdrawal asks (and only the audit trail knows).
    reviewStarted:
      from === 'in_review' && request.to === 'draft'
        ? await reviewStarted(uc.db, row.id, row.organisationId)
        : null,
  };
}

/**
 * Whether review of the record in review has started: an approver or admin of its organisation,
 * other than the person who submitted it, has written anything on the record, its findings or
 * their updates since its latest submission (an approval after it, on a record returned to
 * review, included). See packages/domain/docs/lifecycles.md.
 */
async function reviewStarted(db: Db, recordId: string, organisationId: string): Promise<boolean> {
  const since = await lastRecordEventId(db, recordId, 'record.submitted');
  const submitter = await submitterOf(db, recordId);
  const reviewers = (await approversOf(db, organisationId)).filter((p) => p.id !== submitter);
  for (const reviewer of reviewers) {
    if (
      await hasAuditEventsBy(db, {
        recordId,
        actorId: reviewer.id,
        afterEventId: since,
        ignoring: [],
      })
    )
      return true;
  }
  return false;
}
