import { assignableMembers as readAssignable, type AssignableMember } from '@irr/db/read-models';
import { OWNER_ROLE, Role, roleAtLeast } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';

/**
 * The pick list for a finding's owner: the organisation's active members who may own one (editor
 * or above, as `ownerRefusal` decides), by name. Editors set owners, so editors may read it.
 */
export async function listAssignableMembers(
  uc: UseCaseContext,
  input: { organisationId: string },
): Promise<AssignableMember[]> {
  requireRole(uc.actor, input.organisationId, 'editor');
  const roles = Role.options.filter((r) => roleAtLeast(r, OWNER_ROLE));
  return readAssignable(uc.db, input.organisationId, roles);
}
