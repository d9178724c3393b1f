import { initTRPC } from '@trpc/server';
import { AppError, findMalformedInput } from '@irr/domain';
import { z } from 'zod';
import type { Context, SessionUser } from './context.js';
import type { RateLimitBucket } from './rate-limit/rate-limiter.js';
import type { Actor, UseCaseContext } from './use-cases/context.js';
import { appError, toTRPCError } from './errors.js';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause instanceof AppError ? error.cause : null;
    // An unexpected failure (a lost database, a bug) is logged by the host; its message (SQL text,
    // driver detail) never goes to the client.
    const hidden = error.code === 'INTERNAL_SERVER_ERROR' && !cause;
    return {
      ...shape,
      ...(hidden && { message: 'Something went wrong on the server. Try again in a moment.' }),
      data: {
        ...shape.data,
        stack: undefined,
        domainCode: cause?.code ?? null,
        field: cause?.field ?? null,
        details: cause?.details ?? null,
        zodIssues: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Use cases throw `AppError`; each reaches the client with the transport code of its table row. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) throw toTRPCError(result.error.cause);
  return result;
});

/**
 * Every procedure's input, as sent, before its schema: a NUL character or a lone surrogate in any
 * string (the database cannot store either) or absurd nesting is refused with the field it is in,
 * so no procedure can forget the check and none reaches the database with it.
 */
const wellFormedInput = t.middleware(async ({ getRawInput, next }) => {
  const found = findMalformedInput(await getRawInput());
  if (found) {
    throw appError({
      code: 'MALFORMED_TEXT',
      message: `${found.field} ${found.problem}`,
      field: found.field,
    });
  }
  return next();
});

/** Anyone, signed in or not: only published, public data. */
export const publicProcedure = t.procedure.use(appErrors).use(wellFormedInput);

/** Counts the call against the caller's address in `bucket`; over the limit, RATE_LIMITED. */
export function rateLimited(bucket: RateLimitBucket) {
  return t.middleware(async ({ ctx, next }) => {
    const verdict = await ctx.rateLimiter?.take(bucket, ctx.ip, ctx.now());
    if (verdict && !verdict.allowed)
      throw appError(
        { code: 'RATE_LIMITED', message: verdict.message },
        { retryAfterSeconds: verdict.retryAfterSeconds },
      );
    return next();
  });
}

/** Signed-in staff. Which organisation they may act on is checked per procedure with `requireRole`. */
export const staffProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw appError({ code: 'UNAUTHENTICATED', message: 'Sign in first' });
  const useCase: UseCaseContext = { db: ctx.db, actor: actorOf(ctx.user), now: ctx.now };
  return next({ ctx: { ...ctx, user: ctx.user, useCase } });
});

/** A signed-in person as the actor of a use case. */
export function actorOf(user: SessionUser): Actor {
  return {
    id: user.id,
    displayName: user.displayName,
    memberships: user.memberships,
    operator: false,
  };
}
