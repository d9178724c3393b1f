import type { DomainError } from '../result.js';

export type LifecycleErrorCode =
  | 'TRANSITION_NOT_ALLOWED'
  | 'ROLE_TOO_LOW'
  | 'REASON_REQUIRED'
  | 'FINAL_UPDATE_REQUIRED'
  | 'SUPERSEDED_BY_REQUIRED'
  | 'CLOSURE_BASIS_REQUIRED'
  | 'SELF_APPROVAL'
  | 'ACCEPTANCE_MISSING'
  | 'CLOSURE_EVIDENCE_REQUIRED'
  | 'REPORT_DATE_UNKNOWN'
  | 'REVIEW_STARTED';

/**
 * A refused move. `refs` is set on ACCEPTANCE_MISSING so a screen can point at every
 * recommendation still lacking its acceptance, not only the few the message names.
 */
export interface LifecycleError extends DomainError<LifecycleErrorCode> {
  refs?: string[];
}

/** Plain-text inputs (reasons, references) that are empty or only spaces count as missing. */
export function isBlankText(value: string | null | undefined): boolean {
  return value === undefined || value === null || value.trim() === '';
}

/** The same labels for use mid-sentence. */
export function lowerCased<K extends string>(labels: Record<K, string>): Record<K, string> {
  return Object.fromEntries(
    Object.entries(labels).map(([k, v]) => [k, (v as string).toLowerCase()]),
  ) as Record<K, string>;
}
