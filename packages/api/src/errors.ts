import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { AppError, type AppErrorCode, type DomainError } from '@irr/domain';

/**
 * How each expected failure reaches a tRPC client: one table, checked exhaustive against the
 * domain's `AppErrorCode` by the compiler, so a new code cannot ship without a transport code.
 */
const TRPC_CODE_OF = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  ROLE_TOO_LOW: 'FORBIDDEN',
  SELF_APPROVAL: 'FORBIDDEN',
  CSRF_REFUSED: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  BAD_CREDENTIALS: 'UNAUTHORIZED',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  SERVER_BUSY: 'TOO_MANY_REQUESTS',
  STALE_VERSION: 'CONFLICT',
  OWNER_NOT_MEMBER: 'BAD_REQUEST',
  ALREADY_EXISTS: 'CONFLICT',
  RECORD_DRAFT_EXISTS: 'CONFLICT',
  TRANSITION_NOT_ALLOWED: 'PRECONDITION_FAILED',
  NOT_EDITABLE: 'PRECONDITION_FAILED',
  ACCEPTANCE_MISSING: 'PRECONDITION_FAILED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  REASON_REQUIRED: 'BAD_REQUEST',
  FINAL_UPDATE_REQUIRED: 'BAD_REQUEST',
  SUPERSEDED_BY_REQUIRED: 'BAD_REQUEST',
  CLOSURE_BASIS_REQUIRED: 'BAD_REQUEST',
  CLOSURE_EVIDENCE_REQUIRED: 'BAD_REQUEST',
  INVALID_DATE: 'BAD_REQUEST',
  SAME_TARGET_DATE: 'BAD_REQUEST',
  REASON_TOO_LONG: 'BAD_REQUEST',
  REVISED_BY_REQUIRED: 'BAD_REQUEST',
  INVALID_INPUT: 'BAD_REQUEST',
  DATE_ORDER: 'BAD_REQUEST',
  CONTRADICTION: 'BAD_REQUEST',
  WEAK_PASSWORD: 'BAD_REQUEST',
  EMPTY_TEXT: 'BAD_REQUEST',
  TEXT_TOO_LONG: 'BAD_REQUEST',
  MALFORMED_TEXT: 'BAD_REQUEST',
  TOO_MANY_FINDINGS: 'BAD_REQUEST',
  BAD_ORDER: 'BAD_REQUEST',
  ACCEPTANCE_NOT_RECOMMENDATION: 'BAD_REQUEST',
  NOT_A_CAUSE: 'BAD_REQUEST',
  UNKNOWN_ORGANISATION: 'BAD_REQUEST',
  REPORT_NEAR_MATCH: 'CONFLICT',
  IMPORT_NOT_READY: 'PRECONDITION_FAILED',
  IMPORT_CHOICE_NOT_OFFERED: 'PRECONDITION_FAILED',
  IMPORT_NOT_PENDING: 'PRECONDITION_FAILED',
} as const satisfies Record<AppErrorCode, TRPC_ERROR_CODE_KEY>;

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODE_OF[error.code], message: error.message, cause: error });
}

/** Shorthand for a refusal in a procedure; the tRPC layer maps it with the table above. */
export function appError(
  error: DomainError<AppErrorCode>,
  details?: Record<string, unknown>,
): AppError {
  return new AppError(error, details);
}
