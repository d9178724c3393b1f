import { AppError } from '@irr/domain';
import { TRPCError } from '@trpc/server';

/**
 * Seconds to wait before asking again, when a call was refused for its rate limit or a busy
 * server (the API says how long in the error's details); null for any other outcome.
 */
export function retryAfterOf(error: unknown): number | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (!(cause instanceof AppError)) return null;
  if (cause.code !== 'RATE_LIMITED' && cause.code !== 'SERVER_BUSY') return null;
  const seconds = cause.details?.retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : 1;
}
