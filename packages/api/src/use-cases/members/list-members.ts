import { listMembers as readMembers, type MemberListing } from '@irr/db/read-models';
import { requireRole, type UseCaseContext } from '../context.js';

/** Everyone with a role in an organisation, for its admins. */
export async function listMembers(
  uc: UseCaseContext,
  input: { organisationId: string },
): Promise<MemberListing[]> {
  requireRole(uc.actor, input.organisationId, 'admin');
  return readMembers(uc.db, input.organisationId);
}
