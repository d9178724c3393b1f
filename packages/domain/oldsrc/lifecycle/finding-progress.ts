import { FINDING_STATUS_LABELS, type FindingStatus, type Role } from '../model/index.js';
import type { Result } from '../result.js';
import { isBlankRichText } from '../rich-text/index.js';
import { isBlankText, lowerCased, type LifecycleError } from './errors.js';
import {
  checkTransition,
  reasonMissing,
  rowsFor,
  transitionsOpenTo,
  type LifecycleMove,
  type LifecycleTransition,
} from './transition-table.js';

export type FindingEvent =
  | 'started'
  | 'completed'
  | 'closed'
  | 'not_assured'
  | 'superseded'
  | 'no_longer_applicable'
  | 'reopened';

export type FindingGuard = 'reason' | 'finalUpdate' | 'supersededBy' | 'closure';

export type FindingTransition = LifecycleTransition<FindingStatus, FindingEvent, FindingGuard>;

/** Why a completed finding may be closed: an approver is assured, or HMICFRS closed it. */
export type FindingClosureBasis = 'assured' | 'hmicfrs';

export interface FindingTransitionInput {
  from: FindingStatus;
  to: FindingStatus;
  actorRole: Role;
  reason?: string | null;
  /** Rich text: the owner's account of what was done, required to mark a finding completed. */
  finalUpdate?: string | null;
  /** Id or report reference of the finding that replaces this one. */
  supersededBy?: string | null;
  closure?: { basis: FindingClosureBasis } | null;
}

export type OpenFindingStatus = 'not_started' | 'in_progress' | 'completed';

const OPEN_STATUSES: readonly FindingStatus[] = ['not_started', 'in_progress', 'completed'];

/** Still being worked on or awaiting assurance: the states a finding can be superseded from. */
export function isOpenFindingStatus(status: FindingStatus): status is OpenFindingStatus {
  return OPEN_STATUSES.includes(status);
}

// Mid-sentence forms: "The finding is already in progress".
const FINDING_STATUS_LABEL = lowerCased(FINDING_STATUS_LABELS);

const FINDING_ACTION: Record<FindingEvent, string> = {
  started: 'start work on a finding',
  completed: 'mark a finding completed',
  closed: 'close a finding',
  not_assured: 'send a completed finding back to in progress',
  reopened: 'reopen a closed finding',
  superseded: 'mark a finding superseded',
  no_longer_applicable: 'mark a finding no longer applicable',
};

const row = rowsFor<FindingStatus, FindingEvent, FindingGuard>(FINDING_ACTION);

/**
 * packages/domain/docs/lifecycles.md. Strict chain: a finding cannot skip from not started to
 * completed, because completion needs the owner's final update on work that was actually under way.
 * Superseded and no longer applicable are terminal.
 */
// prettier-ignore
export const FINDING_TRANSITIONS: readonly FindingTransition[] = [
  row('not_started', 'in_progress', 'started',     'editor',   []),
  row('in_progress', 'completed',   'completed',   'editor',   ['finalUpdate']),
  row('completed',   'closed',      'closed',      'approver', ['closure']),
  row('completed',   'in_progress', 'not_assured', 'approver', ['reason']),
  row('closed',      'in_progress', 'reopened',    'approver', ['reason']),
  ...OPEN_STATUSES.flatMap((from) => [
    row(from, 'superseded',           'superseded',           'approver', ['supersededBy']),
    row(from, 'no_longer_applicable', 'no_longer_applicable', 'approver', ['reason']),
  ]),
];

const FINDING_SUBJECT = { noun: 'finding', label: FINDING_STATUS_LABEL };

const CLOSURE_BASES: readonly string[] = ['assured', 'hmicfrs'] satisfies FindingClosureBasis[];

function guardFailure(
  guard: FindingGuard,
  input: FindingTransitionInput,
  transition: FindingTransition,
): LifecycleError | null {
  switch (guard) {
    case 'reason':
      return reasonMissing(input.reason, transition.action);
    case 'finalUpdate':
      return isBlankRichText(input.finalUpdate ?? '')
        ? {
            code: 'FINAL_UPDATE_REQUIRED',
            message:
              'Write a final update saying what was done before marking the finding completed',
            field: 'finalUpdate',
          }
        : null;
    case 'supersededBy':
      return isBlankText(input.supersededBy)
        ? {
            code: 'SUPERSEDED_BY_REQUIRED',
            message: 'Name the finding that supersedes this one',
            field: 'supersededBy',
          }
        : null;
    case 'closure':
      return CLOSURE_BASES.includes(input.closure?.basis ?? '')
        ? null
        : {
            code: 'CLOSURE_BASIS_REQUIRED',
            message: 'Say why the finding is closed: an approver is assured, or HMICFRS closed it',
            field: 'closure.basis',
          };
  }
}

/**
 * Checks a proposed change of a finding's progress status. Refusals come in a fixed order: a move
 * the lifecycle does not have, then a role too low for it, then a missing input.
 *
 * @example
 * const move = checkFindingTransition({
 *   from: 'completed',
 *   to: 'closed',
 *   actorRole: 'approver',
 *   closure: { basis: 'assured' },
 * });
 * if (move.ok) audit(move.value.event); // 'closed'
 * else showError(move.error.message); // e.g. 'Only an approver can close a finding'
 */
export function checkFindingTransition(
  input: FindingTransitionInput,
): Result<LifecycleMove<FindingStatus, FindingEvent>, LifecycleError> {
  return checkTransition(FINDING_TRANSITIONS, FINDING_SUBJECT, guardFailure, input);
}

/** The moves a screen should offer `role` on a finding in `from`; guards still apply. */
export function allowedFindingTransitions(from: FindingStatus, role: Role): FindingTransition[] {
  return transitionsOpenTo(FINDING_TRANSITIONS, from, role);
}
