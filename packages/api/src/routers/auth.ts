import { eq, inArray } from 'drizzle-orm';
import { Email, Role } from '@irr/domain';
import { schema } from '@irr/db';
import { z } from 'zod';
import { DUMMY_HASH, verifyPassword } from '../auth/password.js';
import { createSession, endSession } from '../auth/sessions.js';
import { appError } from '../errors.js';
import { publicProcedure, router, staffProcedure } from '../trpc.js';
import { recordAudit } from '@irr/db/repositories';

const MAX_FREE_FAILURES = 5;

/** After five failures in a row, each further failure locks the account for longer: 1, 2, 4 … 60 minutes. */
function lockoutFor(failures: number): number {
  return failures < MAX_FREE_FAILURES
    ? 0
    : Math.min(60, 2 ** (failures - MAX_FREE_FAILURES)) * 60_000;
}

const Me = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  memberships: z.array(
    z.object({
      organisationId: z.string(),
      organisationName: z.string(),
      organisationSlug: z.string(),
      role: Role,
    }),
  ),
});

export const authRouter = router({
  signIn: publicProcedure
    .input(z.object({ email: Email, password: z.string().min(1).max(1024) }))
    .output(z.object({ ok: z.literal(true), expiresAt: z.date() }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const email = input.email.trim().toLowerCase();
      const [user] = await ctx.db
        .select()
        .from(schema.users)
        .where(eq(schema.users.email, email))
        .limit(1);
      if (user?.lockedUntil && user.lockedUntil > now) {
        throw appError({
          code: 'LOCKED_OUT',
          message: `Too many failed sign-ins; try again after ${user.lockedUntil.toISOString()}`,
        });
      }
      const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !valid || user.disabled) {
        if (user) {
          const failures = user.failedSignIns + 1;
          const lock = lockoutFor(failures);
          await ctx.db.transaction(async (tx) => {
            await tx
              .update(schema.users)
              .set({
                failedSignIns: failures,
                lockedUntil: lock ? new Date(now.getTime() + lock) : null,
              })
              .where(eq(schema.users.id, user.id));
            await recordAudit(tx, {
              actorId: null,
              organisationId: null,
              action: 'auth.sign_in_failed',
              entityType: 'user',
              entityId: user.id,
              after: { failures, ip: ctx.ip },
            });
          });
        }
        throw appError({
          code: 'BAD_CREDENTIALS',
          message: 'That email and password do not match an active account',
        });
      }
      const session = await ctx.db.transaction(async (tx) => {
        await tx
          .update(schema.users)
          .set({ failedSignIns: 0, lockedUntil: null })
          .where(eq(schema.users.id, user.id));
        await recordAudit(tx, {
          actorId: user.id,
          organisationId: null,
          action: 'auth.signed_in',
          entityType: 'session',
          entityId: user.id,
          after: { ip: ctx.ip },
        });
        return createSession(tx, user.id, now);
      });
      ctx.cookies.setSession(session.token, session.expiresAt);
      return { ok: true as const, expiresAt: session.expiresAt };
    }),

  signOut: staffProcedure
    .input(z.void())
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      if (ctx.sessionId) {
        const sessionId = ctx.sessionId;
        await ctx.db.transaction(async (tx) => {
          await endSession(tx, sessionId);
          await recordAudit(tx, {
            actorId: ctx.user.id,
            organisationId: null,
            action: 'auth.signed_out',
            entityType: 'session',
            entityId: ctx.user.id,
          });
        });
      }
      ctx.cookies.clearSession();
      return { ok: true as const };
    }),

  me: publicProcedure
    .input(z.void())
    .output(Me.nullable())
    .query(async ({ ctx }) => {
      if (!ctx.user) return null;
      const ids = ctx.user.memberships.map((m) => m.organisationId);
      const orgs = ids.length
        ? await ctx.db
            .select()
            .from(schema.organisations)
            .where(inArray(schema.organisations.id, ids))
        : [];
      return {
        id: ctx.user.id,
        email: ctx.user.email,
        displayName: ctx.user.displayName,
        memberships: ctx.user.memberships.map((m) => {
          const org = orgs.find((o) => o.id === m.organisationId)!;
          return {
            organisationId: m.organisationId,
            organisationName: org.name,
            organisationSlug: org.slug,
            role: m.role,
          };
        }),
      };
    }),
});
