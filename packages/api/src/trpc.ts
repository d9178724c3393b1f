import { initTRPC } from '@trpc/server';
import { roleAtLeast, type Role } from '@irr/domain';
import { z } from 'zod';
import type { Context, SessionUser } from './context.js';
import { AppErrorCause, appError, forbidden } from './errors.js';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause instanceof AppErrorCause ? error.cause : null;
    // An unexpected failure (a lost database, a bug) is logged by the host; its message (SQL text,
    // driver detail) never goes to the client.
    const hidden = error.code === 'INTERNAL_SERVER_ERROR' && !cause;
    return {
      ...shape,
      ...(hidden && { message: 'Something went wrong on the server. Try again in a moment.' }),
      data: {
        ...shape.data,
        stack: undefined,
        domainCode: cause?.domain.code ?? null,
        field: cause?.domain.field ?? null,
        details: cause?.details ?? null,
        zodIssues: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Anyone, signed in or not: only published, public data. */
export const publicProcedure = t.procedure;

/** Signed-in staff. Which organisation they may act on is checked per procedure with `requireRole`. */
export const staffProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.user) throw appError({ code: 'UNAUTHENTICATED', message: 'Sign in first' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export function roleIn(user: SessionUser, organisationId: string): Role | null {
  return user.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}

/** The server's own authorisation: throws FORBIDDEN, before anything changes, unless the user holds `needed` there. */
export function requireRole(user: SessionUser, organisationId: string, needed: Role): Role {
  const held = roleIn(user, organisationId);
  if (!held || !roleAtLeast(held, needed)) {
    throw forbidden(
      held
        ? `This needs the ${needed} role; you are a ${held} here`
        : 'You are not a member of this organisation',
    );
  }
  return held;
}
