import { and, eq } from 'drizzle-orm';
import { schema } from '@irr/db';
import { recordAudit } from '@irr/db/repositories';
import { Email, Role } from '@irr/domain';
import { z } from 'zod';
import { hashPassword } from '../auth/password.js';
import { checkPasswordRules } from '../auth/password-rules.js';
import { appError, notFound } from '../errors.js';
import { Uuid } from '../schemas.js';
import { requireRole, router, staffProcedure } from '../trpc.js';

const OrgUser = z.object({
  id: Uuid,
  email: z.string(),
  displayName: z.string(),
  role: Role,
  disabled: z.boolean(),
});

/** User administration, per organisation: only that organisation's admins. */
export const usersRouter = router({
  list: staffProcedure
    .input(z.object({ organisationId: Uuid }))
    .output(z.array(OrgUser))
    .query(async ({ ctx, input }) => {
      requireRole(ctx.user, input.organisationId, 'admin');
      const rows = await ctx.db
        .select({ user: schema.users, role: schema.memberships.role })
        .from(schema.memberships)
        .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
        .where(eq(schema.memberships.organisationId, input.organisationId))
        .orderBy(schema.users.email);
      return rows.map(({ user, role }) => ({
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role,
        disabled: user.disabled,
      }));
    }),

  /** Add a person to an organisation: a new account with an initial password, or an existing account's new role. */
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
    .mutation(async ({ ctx, input }) => {
      requireRole(ctx.user, input.organisationId, 'admin');
      const email = input.email.toLowerCase();
      const [existing] = await ctx.db
        .select()
        .from(schema.users)
        .where(eq(schema.users.email, email));
      if (!existing) {
        const weak = checkPasswordRules(input.initialPassword, email);
        if (weak) throw appError(weak);
      }
      const passwordHash = existing ? null : await hashPassword(input.initialPassword);
      return ctx.db.transaction(async (tx) => {
        const user =
          existing ??
          (
            await tx
              .insert(schema.users)
              .values({ email, displayName: input.displayName, passwordHash: passwordHash! })
              .returning()
          )[0]!;
        await tx
          .insert(schema.memberships)
          .values({ userId: user.id, organisationId: input.organisationId, role: input.role })
          .onConflictDoUpdate({
            target: [schema.memberships.userId, schema.memberships.organisationId],
            set: { role: input.role },
          });
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: input.organisationId,
          action: existing ? 'user.role_set' : 'user.invited',
          entityType: 'user',
          entityId: user.id,
          after: { email, role: input.role },
        });
        return {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          role: input.role,
          disabled: user.disabled,
        };
      });
    }),

  setRole: staffProcedure
    .input(z.object({ organisationId: Uuid, userId: Uuid, role: Role.nullable() }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      requireRole(ctx.user, input.organisationId, 'admin');
      if (input.userId === ctx.user.id)
        throw appError({
          code: 'FORBIDDEN',
          message: 'You cannot change your own role; ask another admin',
        });
      await ctx.db.transaction(async (tx) => {
        const where = and(
          eq(schema.memberships.userId, input.userId),
          eq(schema.memberships.organisationId, input.organisationId),
        );
        const [before] = await tx.select().from(schema.memberships).where(where);
        if (!before) throw notFound('That member');
        if (input.role) await tx.update(schema.memberships).set({ role: input.role }).where(where);
        else await tx.delete(schema.memberships).where(where);
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: input.organisationId,
          action: 'user.role_set',
          entityType: 'user',
          entityId: input.userId,
          before: { role: before.role },
          after: { role: input.role },
        });
      });
      return { ok: true as const };
    }),

  /** Disabling ends every session of that person at once. */
  setDisabled: staffProcedure
    .input(z.object({ organisationId: Uuid, userId: Uuid, disabled: z.boolean() }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      requireRole(ctx.user, input.organisationId, 'admin');
      if (input.userId === ctx.user.id)
        throw appError({ code: 'FORBIDDEN', message: 'You cannot disable yourself' });
      await ctx.db.transaction(async (tx) => {
        const [member] = await tx
          .select()
          .from(schema.memberships)
          .where(
            and(
              eq(schema.memberships.userId, input.userId),
              eq(schema.memberships.organisationId, input.organisationId),
            ),
          );
        if (!member) throw notFound('That member');
        await tx
          .update(schema.users)
          .set({ disabled: input.disabled, updatedAt: new Date() })
          .where(eq(schema.users.id, input.userId));
        if (input.disabled)
          await tx.delete(schema.sessions).where(eq(schema.sessions.userId, input.userId));
        await recordAudit(tx, {
          actorId: ctx.user.id,
          organisationId: input.organisationId,
          action: input.disabled ? 'user.disabled' : 'user.enabled',
          entityType: 'user',
          entityId: input.userId,
        });
      });
      return { ok: true as const };
    }),
});
