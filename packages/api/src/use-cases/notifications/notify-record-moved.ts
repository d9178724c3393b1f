import type { Db } from '@irr/db';
import { activeMembersAmong, approversOf, submitterOf } from '@irr/db/read-models';
import { notificationLine, type NotificationKind, type PublicationEvent } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { tell } from './tell.js';

/** The lifecycle's events that tell someone, and whom: approvers of a review, the submitter of a decision. */
const KIND_OF: Partial<Record<PublicationEvent, NotificationKind>> = {
  submitted: 'review_requested',
  changes_requested: 'changes_requested',
  submission_withdrawn: 'submission_withdrawn',
  approved: 'approved',
  published: 'published',
};

export interface RecordMove {
  recordId: string;
  organisationId: string;
  organisationName: string;
  reportTitle: string;
  event: PublicationEvent;
}

/**
 * In the transition's transaction: a submission tells the organisation's approvers, and so does its
 * withdrawal (the review they were asked for is not needed now); changes requested,
 * approval and publication tell whoever submitted the version. Never the person who acted.
 */
export async function notifyRecordMoved(
  tx: Db,
  uc: UseCaseContext,
  move: RecordMove,
): Promise<void> {
  const kind = KIND_OF[move.event];
  if (!kind) return;
  const people =
    kind === 'review_requested' || kind === 'submission_withdrawn'
      ? await approversOf(tx, move.organisationId)
      : await submitted(tx, move);
  const line = notificationLine({ kind, ...move, actorName: uc.actor.displayName });
  await tell(
    tx,
    uc.now(),
    people
      .filter((p) => p.id !== uc.actor.id)
      .map((p) => ({
        userId: p.id,
        organisationId: move.organisationId,
        kind,
        recordId: move.recordId,
        findingId: null,
        line,
        link: `/records/${move.recordId}`,
      })),
  );
}

async function submitted(tx: Db, move: RecordMove) {
  const submitter = await submitterOf(tx, move.recordId);
  return submitter ? activeMembersAmong(tx, move.organisationId, [submitter]) : [];
}
