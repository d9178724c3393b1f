import type { Role } from '../model/index.js';

/** What giving a person a role in an organisation does. */
export type MemberChange =
  /** A new membership (for a new account or an existing one). */
  | 'added'
  /** A member's role is now another. */
  | 'role_changed'
  /** They already hold that role: nothing is written. */
  | 'unchanged';

/**
 * The audit actions of membership, the same from the admin app and the command line. An admin
 * disables a membership (`member.disabled`: no access to that organisation only); disabling the
 * whole account is the operator's (`user.disabled` / `user.enabled`, from `irr disable-account`).
 */
export const MEMBER_AUDIT_ACTION = {
  added: 'member.added',
  role_changed: 'member.role_changed',
  removed: 'member.removed',
  disabled: 'member.disabled',
  enabled: 'member.enabled',
} as const;

/** The change from a person's role in an organisation (`null`: not a member) to `role`. */
export function memberChange(previous: Role | null, role: Role): MemberChange {
  if (previous === null) return 'added';
  return previous === role ? 'unchanged' : 'role_changed';
}
