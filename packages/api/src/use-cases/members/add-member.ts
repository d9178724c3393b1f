import {
  findMembership,
  findUserByEmail,
  insertMembership,
  insertUser,
  recordAudit,
  setMembershipRole,
} from '@irr/db/repositories';
import type { MemberListing } from '@irr/db/read-models';
import { MEMBER_AUDIT_ACTION, memberChange, type MemberChange, type Role } from '@irr/domain';
import { checkNewPassword, type CheckedPassword } from '../../auth/password.js';
import { requireRole, type UseCaseContext } from '../context.js';

export interface AddMemberInput {
  organisationId: string;
  email: string;
  /** A new account's name; an existing account keeps its own. Defaults to the email's local part. */
  displayName?: string;
  role: Role;
  /**
   * A new account's first password, or one checked ahead. Checked whenever given, so an invite is
   * refused alike whether or not the email has an account; an existing account's is left alone.
   */
  initialPassword?: string | CheckedPassword;
}

export interface AddMemberResult {
  /** As the organisation's members list shows it: no name until they sign in (see listMembers). */
  member: MemberListing;
  change: MemberChange;
  /** For the operator's terminal only: the admin app must not learn whether the account existed. */
  accountCreated: boolean;
  previousRole: Role | null;
}

/**
 * Give a person a role in an organisation, from the admin app or `irr create-user`: a new account
 * (its password checked against the rules first), or an existing account's new membership or new
 * role. An admin's answer is the same for a new and an existing account: the password is checked
 * (and hashed) either way, and the member is listed by email alone until they sign in. Audited as
 * `member.added` or `member.role_changed`; giving the role they hold writes nothing.
 */
export async function addMember(
  uc: UseCaseContext,
  input: AddMemberInput,
): Promise<AddMemberResult> {
  requireRole(uc.actor, input.organisationId, 'admin');
  const email = input.email.trim().toLowerCase();
  const existing = await findUserByEmail(uc.db, email);
  const password =
    input.initialPassword !== undefined || !existing
      ? await checkedPassword(input.initialPassword, email)
      : null;
  return uc.db.transaction(async (tx) => {
    const user =
      existing ??
      (await insertUser(tx, {
        email,
        displayName: input.displayName?.trim() || email.split('@')[0]!,
        passwordHash: password!.checkedHash,
      }));
    const membership = await findMembership(tx, user.id, input.organisationId);
    const previousRole = membership?.role ?? null;
    const change = memberChange(previousRole, input.role);
    const values = { userId: user.id, organisationId: input.organisationId, role: input.role };
    if (change !== 'unchanged') {
      await (membership ? setMembershipRole(tx, values) : insertMembership(tx, values));
      // What the admin typed, nothing of the account: the organisation's staff read this trail.
      await recordAudit(tx, {
        actorId: uc.actor.id,
        organisationId: input.organisationId,
        action: MEMBER_AUDIT_ACTION[change],
        entityType: 'user',
        entityId: user.id,
        before: membership ? { role: membership.role } : null,
        after: { email, role: input.role },
      });
    }
    const joined = Boolean(membership?.joinedAt);
    return {
      member: {
        id: user.id,
        email,
        displayName: joined ? user.displayName : null,
        role: input.role,
        disabled: Boolean(membership?.disabledAt),
      },
      change,
      accountCreated: !existing,
      previousRole,
    };
  });
}

function checkedPassword(
  given: string | CheckedPassword | undefined,
  email: string,
): Promise<CheckedPassword> {
  return typeof given === 'object' ? Promise.resolve(given) : checkNewPassword(given ?? '', email);
}
