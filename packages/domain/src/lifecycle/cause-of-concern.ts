import { CalendarDate, WebLink, type CauseOfConcernStatus, type Role } from '../model/index.js';
import { err, ok, type Result } from '../result.js';
import type { LifecycleError } from './errors.js';
import {
  findPermittedTransition,
  firstGuardFailure,
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

/**
 * DESIGN section 3: HMICFRS closes a cause of concern by letter, apart from its recommendations.
 * Reopening is not in the design, so a closed cause stays closed; a new concern is a new finding.
 */
export const CAUSE_OF_CONCERN_TRANSITIONS: readonly CauseOfConcernTransition[] = [
  {
    from: 'open',
    to: 'closed',
    event: 'closed',
    role: 'approver',
    guards: ['letterDate', 'letterLink'],
    action: 'record that HMICFRS closed a cause of concern',
  },
];

const CAUSE_STATUS_LABEL: Record<CauseOfConcernStatus, string> = { open: 'open', closed: 'closed' };

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
  const found = findPermittedTransition(
    CAUSE_OF_CONCERN_TRANSITIONS,
    { noun: 'cause of concern', label: CAUSE_STATUS_LABEL },
    input,
  );
  if (!found.ok) return found;
  const transition = found.value;
  const failure = firstGuardFailure(transition.guards, (g) => guardFailure(g, input));
  if (failure !== null) return err(failure);
  return ok({ from: transition.from, to: transition.to, event: transition.event });
}

/** The moves a screen should offer a holder of `role` on a cause in `from`; guards still apply. */
export function allowedCauseOfConcernTransitions(
  from: CauseOfConcernStatus,
  role: Role,
): CauseOfConcernTransition[] {
  return transitionsOpenTo(CAUSE_OF_CONCERN_TRANSITIONS, from, role);
}
