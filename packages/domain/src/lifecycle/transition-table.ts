import { roleAtLeast, type Role } from '../model/index.js';
import { err, ok, type Result } from '../result.js';
import type { LifecycleError } from './errors.js';

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

interface Subject<S extends string> {
  /** "finding", "response record". */
  noun: string;
  label: Record<S, string>;
}

const ROLE_NAME: Record<Role, string> = {
  viewer: 'a viewer',
  editor: 'an editor',
  approver: 'an approver',
  admin: 'an admin',
};

/**
 * The first two checks every lifecycle shares: is the move in the table at all, then may this
 * role make it. Guards come after, so a user is never asked for inputs to a move they cannot make.
 */
export function findPermittedTransition<S extends string, E extends string, G extends string>(
  table: readonly LifecycleTransition<S, E, G>[],
  subject: Subject<S>,
  move: { from: S; to: S; actorRole: Role },
): Result<LifecycleTransition<S, E, G>, LifecycleError> {
  const row = table.find((t) => t.from === move.from && t.to === move.to);
  if (row === undefined) {
    const from = subject.label[move.from] ?? String(move.from);
    const to = subject.label[move.to] ?? String(move.to);
    return err({
      code: 'TRANSITION_NOT_ALLOWED',
      message:
        move.from === move.to
          ? `The ${subject.noun} is already ${from}`
          : `A ${subject.noun} cannot move from ${from} to ${to}`,
      field: 'to',
    });
  }
  if (!roleAtLeast(move.actorRole, row.role)) {
    return err({ code: 'ROLE_TOO_LOW', message: `Only ${ROLE_NAME[row.role]} can ${row.action}` });
  }
  return ok(row);
}

/** The moves a holder of `role` may offer from `from`, in table order. */
export function transitionsOpenTo<S extends string, E extends string, G extends string>(
  table: readonly LifecycleTransition<S, E, G>[],
  from: S,
  role: Role,
): LifecycleTransition<S, E, G>[] {
  return table.filter((t) => t.from === from && roleAtLeast(role, t.role));
}

/** Runs a row's guards in order and stops at the first refusal. */
export function firstGuardFailure<G extends string>(
  guards: readonly G[],
  check: (guard: G) => LifecycleError | null,
): LifecycleError | null {
  for (const guard of guards) {
    const failure = check(guard);
    if (failure !== null) return failure;
  }
  return null;
}
