import type { PublicationStatus } from '../model/index.js';
import { CAUSE_OF_CONCERN_TRANSITIONS } from './cause-of-concern.js';
import { FINDING_TRANSITIONS } from './finding-progress.js';
import { PUBLICATION_TRANSITIONS } from './publication.js';
import type { LifecycleTransition } from './transition-table.js';

/** The audit actions of a lifecycle's moves that only an approver (or above) may make. */
function approverMoves(
  prefix: string,
  table: readonly LifecycleTransition<string, string, string>[],
): string[] {
  const events = new Set(table.map((t) => t.event));
  return [...events]
    .filter((e) => table.every((t) => t.event !== e || t.role === 'approver'))
    .map((e) => `${prefix}.${e}`);
}

/**
 * Audit actions that are no authorship of a version, so they do not keep their actor from
 * approving it:
 * - moves along the publication lifecycle (submit, request changes, approve...);
 * - the statutory dates the office records, which belong to the record, not to a version (an
 *   approver records "sent to HMICFRS" after each publication);
 * - the decisions the lifecycles keep for approvers (closing, reopening, "not assured",
 *   superseding a finding, closing a cause of concern, revising a target date): they are the
 *   second pair of eyes on an editor's claim, and an approver makes them on a published
 *   record without anyone's approval anyway.
 * Every other audit event of a person on a record or its findings (edits, updates, an editor's
 * status moves, owners) is a change of the version, which keeps that person from approving it.
 */
export const NOT_VERSION_CHANGES: readonly string[] = [
  ...new Set(PUBLICATION_TRANSITIONS.map((t) => `record.${t.event}`)),
  'record.dates_set',
  'record.dates_corrected',
  ...approverMoves('finding', FINDING_TRANSITIONS),
  ...approverMoves('cause_of_concern', CAUSE_OF_CONCERN_TRANSITIONS),
  'finding.target_date_revised',
];

/**
 * What a change the published snapshot will hold (a finding's status, a public update) does to
 * its record while the version waits for approval. Tracking goes on in every status, but an
 * approval covers only what was there when it was given: an approved record goes back to review
 * (`returned_to_review`), and one in review stays there; either way the change is listed for
 * the approver among the changes since submission. Drafts and published versions are unaffected.
 */
export function trackingChangeEffect(
  status: PublicationStatus,
): 'none' | 'noted_in_review' | 'returns_to_review' {
  switch (status) {
    case 'in_review':
      return 'noted_in_review';
    case 'approved':
      return 'returns_to_review';
    case 'draft':
    case 'published':
    case 'withdrawn':
      return 'none';
  }
}
