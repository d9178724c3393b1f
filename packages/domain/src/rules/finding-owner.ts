import { roleAtLeast } from '../model/role-rank.js';
import type { Role } from '../model/user.js';
import type { DomainError } from '../result.js';

/** Who a finding's owner would be, as the record's organisation knows them; null when not a member. */
export interface OwnerCandidate {
  role: Role;
  /**
   * Signed in since being added, and neither the membership (by the organisation's admin) nor the
   * account (by the operator) disabled. Until they sign in, an invite reveals nothing about an
   * account, not even its name; so they cannot own a finding yet.
   */
  active: boolean;
}

/**
 * A finding's owner is an active member of the record's organisation who can act on it: an editor
 * or above. A viewer cannot post the progress updates an owner is answerable for.
 */
export const OWNER_ROLE: Role = 'editor';

export function ownerRefusal(
  candidate: OwnerCandidate | null,
): DomainError<'OWNER_NOT_MEMBER'> | null {
  if (!candidate || !candidate.active)
    return {
      code: 'OWNER_NOT_MEMBER',
      message:
        "A finding's owner must be an active member of the record's organisation (signed in, and not disabled)",
      field: 'ownerUserId',
    };
  if (!roleAtLeast(candidate.role, OWNER_ROLE))
    return {
      code: 'OWNER_NOT_MEMBER',
      message: `A finding's owner must be able to edit it (the ${OWNER_ROLE} role or above); this person is a ${candidate.role}`,
      field: 'ownerUserId',
    };
  return null;
}
