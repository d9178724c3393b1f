import { Email, Role } from '@irr/domain';
import { z } from 'zod';
import { WireInstant } from '../schemas.js';
import { publicProcedure, rateLimited, router, staffProcedure } from '../trpc.js';
import { signIn } from '../use-cases/auth/sign-in.js';
import { signOut } from '../use-cases/auth/sign-out.js';
import { whoAmI } from '../use-cases/auth/who-am-i.js';

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
    .use(rateLimited('sign-in'))
    .input(z.object({ email: Email, password: z.string().min(1).max(1024) }))
    .output(z.object({ ok: z.literal(true), expiresAt: WireInstant }))
    .mutation(async ({ ctx, input }) => {
      const session = await signIn(ctx, { ...input, ip: ctx.ip });
      ctx.cookies.setSession(session.token, session.expiresAt);
      return { ok: true as const, expiresAt: session.expiresAt };
    }),

  signOut: staffProcedure
    .input(z.void())
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      await signOut(ctx.useCase, { sessionId: ctx.sessionId });
      ctx.cookies.clearSession();
      return { ok: true as const };
    }),

  me: publicProcedure
    .input(z.void())
    .output(Me.nullable())
    .query(({ ctx }) => whoAmI(ctx, { user: ctx.user })),
});
