import { roleAtLeast, type Role } from '../model/index.js';
import { err, ok, type Result } from '../result.js';
import { isBlankText, type LifecycleError } from './errors.js';

/** One allowed move of a lifecycle: a row of its transition table. */
export interface LifecycleTransition<S extends string, E extends string, G extends string> {
  readonly from: S;
  readonly to: S;
  readonly event: E;
  /** The least role that may make the move; the roles above it may too. */
  readonly role: Role;
  /** Inputs the move needs, checked in this order after the role. */
  readonly guards: readonly G[];
  /** What the move does, for messages: "close a finding". */
  readonly action: string;
}

/** What a successful check returns: the move and the event to record in the audit log. */
export interface LifecycleMove<S extends string, E extends string> {
  from: S;
  to: S;
  event: E;
}

/** What a lifecycle moves, for messages. */
export interface LifecycleSubject<S extends string> {
  /** "finding", "response record". */
  noun: string;
  /** Each status as written mid-sentence: "in progress". */
  label: Record<S, string>;
}

/**
 * What every check is given: the move asked for and the role of the person asking. Where a table
 * has two rows between the same statuses (a publication's in review -> draft is a request for
 * changes by an approver, or an editor's withdrawal of the submission), `event` names the one
 * meant; without it, the first row the role may make is taken.
 */
export interface MoveRequest<S extends string> {
  from: S;
  to: S;
  event?: string | null;
  actorRole: Role;
}

/** A lifecycle's own guards: null when `guard` is satisfied by the input, else why not. */
export type GuardCheck<S extends string, E extends string, G extends string, I> = (
  guard: G,
  input: I,
  transition: LifecycleTransition<S, E, G>,
) => LifecycleError | null;

const ROLE_NAME: Record<Role, string> = {
  viewer: 'a viewer',
  editor: 'an editor',
  approver: 'an approver',
  admin: 'an admin',
};

/**
 * The check every lifecycle shares. Refusals come in a fixed order: a move the table does not have,
 * then a role too low for it, then the row's guards in order. Guards come last, so a user is never
 * asked for inputs to a move they cannot make. The result names the event for the audit log.
 * See packages/domain/docs/lifecycles.md.
 */
export function checkTransition<
  S extends string,
  E extends string,
  G extends string,
  I extends MoveRequest<S>,
>(
  table: readonly LifecycleTransition<S, E, G>[],
  subject: LifecycleSubject<S>,
  guardFailure: GuardCheck<S, E, G, I>,
  input: I,
): Result<LifecycleMove<S, E>, LifecycleError> {
  const found = findTransition(table, subject, input);
  if (!found.ok) return found;
  const transition = found.value;
  for (const guard of transition.guards) {
    const failure = guardFailure(guard, input, transition);
    if (failure !== null) return err(failure);
  }
  return ok({ from: transition.from, to: transition.to, event: transition.event });
}

/**
 * The row a request names, before its guards: refused when the table has no such move, or when the
 * role is below the row's. `checkTransition` and previews of a move (which list every guard that
 * fails, not only the first) share it.
 */
export function findTransition<
  S extends string,
  E extends string,
  G extends string,
  I extends MoveRequest<S>,
>(
  table: readonly LifecycleTransition<S, E, G>[],
  subject: LifecycleSubject<S>,
  input: I,
): Result<LifecycleTransition<S, E, G>, LifecycleError> {
  const rows = table.filter(
    (t) =>
      t.from === input.from &&
      t.to === input.to &&
      (input.event === undefined || input.event === null || t.event === input.event),
  );
  const transition = rows.find((t) => roleAtLeast(input.actorRole, t.role)) ?? rows[0];
  if (transition === undefined) return err(notInTable(subject, input));
  if (!roleAtLeast(input.actorRole, transition.role)) {
    return err({
      code: 'ROLE_TOO_LOW',
      message: `Only ${ROLE_NAME[transition.role]} can ${transition.action}`,
    });
  }
  return ok(transition);
}

function notInTable<S extends string>(
  subject: LifecycleSubject<S>,
  move: MoveRequest<S>,
): LifecycleError {
  const from = subject.label[move.from] ?? String(move.from);
  const to = subject.label[move.to] ?? String(move.to);
  return {
    code: 'TRANSITION_NOT_ALLOWED',
    message:
      move.from === move.to
        ? `The ${subject.noun} is already ${from}`
        : `A ${subject.noun} cannot move from ${from} to ${to}`,
    field: 'to',
  };
}

/** The moves a holder of `role` may offer from `from`, in table order. */
export function transitionsOpenTo<S extends string, E extends string, G extends string>(
  table: readonly LifecycleTransition<S, E, G>[],
  from: S,
  role: Role,
): LifecycleTransition<S, E, G>[] {
  return table.filter((t) => t.from === from && roleAtLeast(role, t.role));
}

/**
 * A row builder for one lifecycle's table: the row's `action` (for messages) comes from its event,
 * so a table reads as from, to, event, least role, guards.
 */
export function rowsFor<S extends string, E extends string, G extends string>(
  actions: Record<E, string>,
) {
  return (from: S, to: S, event: E, role: Role, guards: G[]): LifecycleTransition<S, E, G> => ({
    from,
    to,
    event,
    role,
    guards,
    action: actions[event],
  });
}

/** The guard several moves share: a plain-text reason that is not blank. */
export function reasonMissing(
  reason: string | null | undefined,
  action: string,
): LifecycleError | null {
  return isBlankText(reason)
    ? { code: 'REASON_REQUIRED', message: `Give a reason to ${action}`, field: 'reason' }
    : null;
}
