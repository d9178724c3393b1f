import { PUBLICATION_STATUS_LABELS, type PublicationStatus, type Role } from '../model/index.js';
import type { Result } from '../result.js';
import { acceptanceFailure, type PublicationFinding } from './acceptance-check.js';
import { isBlankText, lowerCased, type LifecycleError } from './errors.js';
import {
  checkTransition,
  findTransition,
  reasonMissing,
  rowsFor,
  transitionsOpenTo,
  type LifecycleMove,
  type LifecycleTransition,
} from './transition-table.js';

export type PublicationEvent =
  | 'submitted'
  | 'changes_requested'
  | 'submission_withdrawn'
  | 'approved'
  | 'published'
  | 'approval_reopened'
  | 'returned_to_review'
  | 'withdrawn'
  | 'new_version_started';

export type PublicationGuard =
  | 'reason'
  | 'publicReason'
  | 'unchangedByActor'
  | 'acceptancesGiven'
  | 'reportDated'
  | 'reviewNotStarted';

export type PublicationTransition = LifecycleTransition<
  PublicationStatus,
  PublicationEvent,
  PublicationGuard
>;

export interface PublicationTransitionInput {
  from: PublicationStatus;
  to: PublicationStatus;
  /**
   * The move meant, where two share their statuses: in review -> draft is `changes_requested`
   * (an approver, with a reason) or `submission_withdrawn` (an editor, before review starts).
   * Without it, the first of them the role may make.
   */
  event?: PublicationEvent | null;
  actorRole: Role;
  actorId: string;
  /**
   * Whether the actor changed anything in this version (any audit event of theirs on the record
   * or its findings since the version was started, lifecycle moves aside): four eyes, not "last editor".
   */
  actorChangedVersion: boolean;
  reason?: string | null;
  /** The record's findings: needed to approve, since every recommendation needs its acceptance. */
  findings?: readonly PublicationFinding[] | null;
  /**
   * The report's publication date (YYYY-MM-DD), which starts the statutory clock: needed to
   * approve, unless `dateUnknownReason` says why it is not known.
   */
  reportPublishedOn?: string | null;
  /** Why the report's publication date is not known; recorded with the approval. */
  dateUnknownReason?: string | null;
  /**
   * Whether review of the version in review has started: an approver or admin other than the
   * submitter has done anything on the record or its findings since it was submitted (the
   * audit trail says). Needed to withdraw a submission; unknown counts as started.
   */
  reviewStarted?: boolean | null;
}

// Mid-sentence forms: "The finding is already in progress".
const PUBLICATION_STATUS_LABEL = lowerCased(PUBLICATION_STATUS_LABELS);

const PUBLICATION_ACTION: Record<PublicationEvent, string> = {
  submitted: 'submit a response record for review',
  changes_requested: 'request changes to a response record',
  submission_withdrawn: 'withdraw a response record from review',
  approved: 'approve a response record',
  published: 'publish a response record',
  approval_reopened: 'edit an approved response record',
  returned_to_review: 'return an approved response record to review',
  withdrawn: 'withdraw a published response record',
  new_version_started: 'start a new version of a response record',
};

const row = rowsFor<PublicationStatus, PublicationEvent, PublicationGuard>(PUBLICATION_ACTION);

/**
 * packages/domain/docs/lifecycles.md. A published snapshot is immutable, so "editing" a published
 * or withdrawn record means starting a new draft version; an edit after approval likewise needs a
 * new review.
 */
// prettier-ignore
export const PUBLICATION_TRANSITIONS: readonly PublicationTransition[] = [
  row('draft',     'in_review', 'submitted',           'editor',   []),
  row('in_review', 'draft',     'changes_requested',   'approver', ['reason']),
  // The submitter (or another editor) takes it back before an approver has looked at it.
  row('in_review', 'draft',     'submission_withdrawn', 'editor',  ['reviewNotStarted']),
  row('in_review', 'approved',  'approved',            'approver',
      ['unchangedByActor', 'acceptancesGiven', 'reportDated']),
  row('approved',  'published', 'published',           'approver', []),
  row('approved',  'draft',     'approval_reopened',   'editor',   []),
  // A public update or a finding's status change after approval is part of what gets published.
  row('approved',  'in_review', 'returned_to_review',  'editor',   []),
  row('published', 'withdrawn', 'withdrawn',           'approver', ['publicReason']),
  row('published', 'draft',     'new_version_started', 'editor',   []),
  row('withdrawn', 'draft',     'new_version_started', 'editor',   []),
];

const PUBLICATION_SUBJECT = { noun: 'response record', label: PUBLICATION_STATUS_LABEL };

function guardFailure(
  guard: PublicationGuard,
  input: PublicationTransitionInput,
  transition: PublicationTransition,
): LifecycleError | null {
  switch (guard) {
    case 'reason':
      return reasonMissing(input.reason, transition.action);
    case 'publicReason':
      return isBlankText(input.reason)
        ? {
            code: 'REASON_REQUIRED',
            message: 'Give the reason for withdrawing the record; it is shown on the public page',
            field: 'reason',
          }
        : null;
    case 'unchangedByActor':
      return input.actorChangedVersion
        ? {
            code: 'SELF_APPROVAL',
            message: 'You changed this version of the record, so another approver must approve it',
          }
        : null;
    case 'acceptancesGiven':
      return acceptanceFailure(input.findings);
    case 'reportDated':
      return isBlankText(input.reportPublishedOn) && isBlankText(input.dateUnknownReason)
        ? {
            code: 'REPORT_DATE_UNKNOWN',
            message:
              "Enter the report's publication date before approving, or give the reason it is not known",
            field: 'dateUnknownReason',
          }
        : null;
    case 'reviewNotStarted':
      return input.reviewStarted === false
        ? null
        : {
            code: 'REVIEW_STARTED',
            message:
              'An approver has started reviewing this version, so it can no longer be withdrawn; ask them to request changes',
          };
  }
}

/**
 * Every guard of this move that the input fails, in the table's order (the check stops at the
 * first): what a preview of the move lists.
 */
export function publicationGuardFailures(
  transition: PublicationTransition,
  input: PublicationTransitionInput,
): LifecycleError[] {
  return transition.guards.flatMap((g) => guardFailure(g, input, transition) ?? []);
}

/**
 * Checks a proposed change of a response record's publication status. Refusals come in a fixed
 * order: a move the lifecycle does not have, then a role too low for it, then a failed guard.
 *
 * @example
 * const move = checkPublicationTransition({
 *   from: 'in_review',
 *   to: 'approved',
 *   actorRole: 'approver',
 *   actorId: 'user-chief-of-staff',
 *   actorChangedVersion: false,
 *   findings: record.findings,
 * });
 * if (!move.ok && move.error.code === 'ACCEPTANCE_MISSING') highlight(move.error.refs);
 */
export function checkPublicationTransition(
  input: PublicationTransitionInput,
): Result<LifecycleMove<PublicationStatus, PublicationEvent>, LifecycleError> {
  return checkTransition(PUBLICATION_TRANSITIONS, PUBLICATION_SUBJECT, guardFailure, input);
}

/** The row of the table a request names, or why there is none it may make (guards aside). */
export function findPublicationTransition(
  input: PublicationTransitionInput,
): Result<PublicationTransition, LifecycleError> {
  return findTransition(PUBLICATION_TRANSITIONS, PUBLICATION_SUBJECT, input);
}

/** The moves a screen should offer a holder of `role` on a record in `from`; guards still apply. */
export function allowedPublicationTransitions(
  from: PublicationStatus,
  role: Role,
): PublicationTransition[] {
  return transitionsOpenTo(PUBLICATION_TRANSITIONS, from, role);
}
