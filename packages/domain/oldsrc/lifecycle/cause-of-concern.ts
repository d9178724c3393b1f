import {
  CAUSE_OF_CONCERN_STATUS_LABELS,
  CalendarDate,
  WebLink,
  type CauseOfConcernStatus,
  type Role,
} from '../model/index.js';
import type { Result } from '../result.js';
import { lowerCased, type LifecycleError } from './errors.js';
import {
  checkTransition,
  rowsFor,
  transitionsOpenTo,
  type LifecycleMove,
  type LifecycleTransition,
} from './transition-table.js';

export type CauseOfConcernEvent = 'closed';
export type CauseOfConcernGuard = 'letterDate' | 'letterLink';

export type CauseOfConcernTransition = LifecycleTransition<
  CauseOfConcernStatus,
  CauseOfConcernEvent,
  CauseOfConcernGuard
>;

export interface CauseOfConcernTransitionInput {
  from: CauseOfConcernStatus;
  to: CauseOfConcernStatus;
  actorRole: Role;
  /** Date of the HMICFRS letter closing the cause, `YYYY-MM-DD`. */
  letterDate?: string | null;
  /** Where the letter is published: an http(s) address. */
  letterLink?: string | null;
}

const row = rowsFor<CauseOfConcernStatus, CauseOfConcernEvent, CauseOfConcernGuard>({
  closed: 'record that HMICFRS closed a cause of concern',
});

/**
 * packages/domain/docs/lifecycles.md: HMICFRS closes a cause of concern by letter, apart from its
 * recommendations. Reopening is not in the design, so a closed cause stays closed; a new concern is
 * a new finding.
 */
export const CAUSE_OF_CONCERN_TRANSITIONS: readonly CauseOfConcernTransition[] = [
  row('open', 'closed', 'closed', 'approver', ['letterDate', 'letterLink']),
];

const CAUSE_SUBJECT = {
  noun: 'cause of concern',
  label: lowerCased(CAUSE_OF_CONCERN_STATUS_LABELS),
};

function guardFailure(
  guard: CauseOfConcernGuard,
  input: CauseOfConcernTransitionInput,
): LifecycleError | null {
  switch (guard) {
    case 'letterDate':
      return CalendarDate.safeParse(input.letterDate).success
        ? null
        : {
            code: 'CLOSURE_EVIDENCE_REQUIRED',
            message: "Give the date of HMICFRS's closure letter as a real date (YYYY-MM-DD)",
            field: 'letterDate',
          };
    case 'letterLink':
      return WebLink.safeParse(input.letterLink).success
        ? null
        : {
            code: 'CLOSURE_EVIDENCE_REQUIRED',
            message: "Give a link (http or https) to HMICFRS's closure letter",
            field: 'letterLink',
          };
  }
}

/**
 * Checks a proposed change of a cause of concern's status: a closure needs an approver and the
 * HMICFRS letter's date and link.
 *
 * @example
 * const move = checkCauseOfConcernClosure({
 *   from: 'open',
 *   to: 'closed',
 *   actorRole: 'approver',
 *   letterDate: '2021-03-15',
 *   letterLink: 'https://hmicfrs.justiceinspectorates.gov.uk/publication-html/letter',
 * });
 * if (!move.ok) showError(move.error.message, move.error.field); // e.g. field 'letterLink'
 */
export function checkCauseOfConcernClosure(
  input: CauseOfConcernTransitionInput,
): Result<LifecycleMove<CauseOfConcernStatus, CauseOfConcernEvent>, LifecycleError> {
  return checkTransition(CAUSE_OF_CONCERN_TRANSITIONS, CAUSE_SUBJECT, guardFailure, input);
}

/** The moves a screen should offer a holder of `role` on a cause in `from`; guards still apply. */
export function allowedCauseOfConcernTransitions(
  from: CauseOfConcernStatus,
  role: Role,
): CauseOfConcernTransition[] {
  return transitionsOpenTo(CAUSE_OF_CONCERN_TRANSITIONS, from, role);
}
