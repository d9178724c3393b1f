import type { ScheduleErrorCode } from '../clock/finding-schedule.js';
import type { StatutoryClockErrorCode } from '../clock/statutory-clock.js';
import type { LifecycleErrorCode } from '../lifecycle/errors.js';
import type { ReportDetailsErrorCode } from '../lifecycle/report-details.js';
import type { CleanRichTextErrorCode } from '../rich-text/clean.js';
import type { DomainError } from '../result.js';

/**
 * Every failure a user can cause, by code: the one vocabulary of the API, the CLI and the apps.
 * The API maps each to a transport code in one table checked exhaustive against this union.
 */
export type AppErrorCode =
  | LifecycleErrorCode
  | ReportDetailsErrorCode
  | ScheduleErrorCode
  | StatutoryClockErrorCode
  | CleanRichTextErrorCode
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'BAD_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'SERVER_BUSY'
  | 'WEAK_PASSWORD'
  | 'CSRF_REFUSED'
  | 'STALE_VERSION'
  | 'ALREADY_EXISTS'
  | 'RECORD_DRAFT_EXISTS'
  | 'NOT_EDITABLE'
  | 'PAYLOAD_TOO_LARGE'
  | 'MALFORMED_TEXT'
  | 'TOO_MANY_FINDINGS'
  | 'BAD_ORDER'
  | 'ACCEPTANCE_NOT_RECOMMENDATION'
  | 'NOT_A_CAUSE'
  | 'UNKNOWN_ORGANISATION'
  | 'REPORT_NEAR_MATCH'
  | 'REPORT_FINDING_UNANSWERED'
  | 'IMPORT_NOT_READY'
  | 'IMPORT_CHOICE_NOT_OFFERED'
  | 'IMPORT_NOT_PENDING'
  | 'OWNER_NOT_MEMBER'
  | 'ALERT_LINK_INVALID'
  | 'CURSOR_INVALID';

/**
 * An expected failure thrown by a use case or repository: a code, a message in the user's words,
 * the field at fault, and any details a screen needs (the current row version of a stale save,
 * the refs still lacking an acceptance).
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(error: DomainError<AppErrorCode>, details?: Record<string, unknown>) {
    super(error.message);
    this.name = 'AppError';
    this.code = error.code;
    this.field = error.field;
    // Extra properties of a domain error (a lifecycle refusal's `refs`) travel as details.
    const {
      code: _code,
      message: _message,
      field: _field,
      ...extra
    } = error as DomainError & Record<string, unknown>;
    const merged = { ...extra, ...details };
    this.details = Object.keys(merged).length > 0 ? merged : undefined;
  }
}

export function notFound(what: string): AppError {
  return new AppError({ code: 'NOT_FOUND', message: `${what} was not found` });
}

export function forbidden(message = 'You do not have permission to do that'): AppError {
  return new AppError({ code: 'FORBIDDEN', message });
}

/** A save from a version someone else has already changed: the screen reloads and keeps the user's text. */
export function staleVersion(entity: string, currentVersion: number | null): AppError {
  return new AppError(
    {
      code: 'STALE_VERSION',
      message:
        currentVersion === null
          ? `This ${entity} no longer exists`
          : `This ${entity} was changed by someone else (now version ${currentVersion}); reload to see their changes`,
    },
    { currentVersion: currentVersion ?? 0 },
  );
}
