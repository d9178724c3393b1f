import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import type { DomainError } from '@irr/domain';

/**
 * Every expected failure is a domain error with a code; this one table says how each reaches
 * the client. Codes not listed are a bad request.
 */
const TRPC_CODE: Record<string, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  ROLE_TOO_LOW: 'FORBIDDEN',
  SELF_APPROVAL: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  BAD_CREDENTIALS: 'UNAUTHORIZED',
  LOCKED_OUT: 'TOO_MANY_REQUESTS',
  STALE_VERSION: 'CONFLICT',
  ALREADY_EXISTS: 'CONFLICT',
  RECORD_DRAFT_EXISTS: 'CONFLICT',
  TRANSITION_NOT_ALLOWED: 'PRECONDITION_FAILED',
  NOT_EDITABLE: 'PRECONDITION_FAILED',
  ACCEPTANCE_MISSING: 'PRECONDITION_FAILED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
};

/** Carried as the TRPCError's cause; the error formatter copies it to the client. */
export class AppErrorCause extends Error {
  constructor(
    readonly domain: DomainError,
    readonly details?: Record<string, unknown>,
  ) {
    super(domain.message);
  }
}

export function appError(error: DomainError, details?: Record<string, unknown>): TRPCError {
  return new TRPCError({
    code: TRPC_CODE[error.code] ?? 'BAD_REQUEST',
    message: error.message,
    cause: new AppErrorCause(error, details),
  });
}

export function notFound(what: string): TRPCError {
  return appError({ code: 'NOT_FOUND', message: `${what} was not found` });
}

export function forbidden(message = 'You do not have permission to do that'): TRPCError {
  return appError({ code: 'FORBIDDEN', message });
}

export function stale(entity: string, currentVersion: number): TRPCError {
  return appError(
    {
      code: 'STALE_VERSION',
      message: `This ${entity} was changed by someone else (now version ${currentVersion}); reload to see their changes`,
    },
    { currentVersion },
  );
}
