import { Email, Role } from '@irr/domain';
import { z } from 'zod';
import { Uuid } from '../schemas.js';
import { router, staffProcedure } from '../trpc.js';
import { addMember } from '../use-cases/members/add-member.js';
import { listAssignableMembers } from '../use-cases/members/assignable-members.js';
import { listMembers } from '../use-cases/members/list-members.js';
import { setMemberDisabled } from '../use-cases/members/set-member-disabled.js';
import { setMemberRole } from '../use-cases/members/set-member-role.js';

const OrgUser = z.object({
  id: Uuid,
  email: z.string(),
  /** Null until they sign in after being added: an invite reveals nothing about an existing account. */
  displayName: z.string().nullable(),
  role: Role,
  /** This membership, not the account. */
  disabled: z.boolean(),
});

/** User administration, per organisation: only that organisation's admins. */
export const usersRouter = router({
  /** Editors: who may own this organisation's findings (active members, editor or above), by name. */
  assignable: staffProcedure
    .input(z.object({ organisationId: Uuid }))
    .output(z.array(z.object({ id: Uuid, name: z.string(), role: Role })))
    .query(({ ctx, input }) => listAssignableMembers(ctx.useCase, input)),

  list: staffProcedure
    .input(z.object({ organisationId: Uuid }))
    .output(z.array(OrgUser))
    .query(({ ctx, input }) => listMembers(ctx.useCase, input)),

  /**
   * Add a person to an organisation: a new account with an initial password, or an existing
   * account's membership (its password and name untouched). The answer is the same either way.
   */
  invite: staffProcedure
    .input(
      z.object({
        organisationId: Uuid,
        email: Email,
        displayName: z.string().trim().min(1).max(200),
        role: Role,
        initialPassword: z.string().max(256),
      }),
    )
    .output(OrgUser)
    .mutation(async ({ ctx, input }) => (await addMember(ctx.useCase, input)).member),

  setRole: staffProcedure
    .input(z.object({ organisationId: Uuid, userId: Uuid, role: Role.nullable() }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await setMemberRole(ctx.useCase, input);
      return { ok: true as const };
    }),

  /** Disabling a membership ends that person's access to this organisation at their next request. */
  setDisabled: staffProcedure
    .input(z.object({ organisationId: Uuid, userId: Uuid, disabled: z.boolean() }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await setMemberDisabled(ctx.useCase, input);
      return { ok: true as const };
    }),
});
