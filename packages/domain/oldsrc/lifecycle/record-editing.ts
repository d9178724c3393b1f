import type { PublicationStatus } from '../model/index.js';
import { err, ok, type DomainError, type Result } from '../result.js';

/** What editing a record's content does in each status. */
export type RecordEdit =
  /** A draft: the edit lands and the record stays a draft. */
  | { reopens: false }
  /** Approved: the edit takes the record back to draft (the lifecycle's `approval_reopened`). */
  | { reopens: true };

/**
 * Whether a record's content (its fields and its findings' wording) may be edited now. In review
 * it waits for the approver; a published or withdrawn version is frozen, and a new version is
 * started instead. Tracking (updates, statuses, owners, target dates) goes on in every status.
 */
export function checkRecordEditable(
  status: PublicationStatus,
): Result<RecordEdit, DomainError<'NOT_EDITABLE'>> {
  switch (status) {
    case 'draft':
      return ok({ reopens: false });
    case 'approved':
      return ok({ reopens: true });
    case 'in_review':
      return err({
        code: 'NOT_EDITABLE',
        message:
          'This record is in review: an approver must request changes before it can be edited',
      });
    case 'published':
    case 'withdrawn':
      return err({
        code: 'NOT_EDITABLE',
        message: 'This version is published and frozen: start a new version to edit it',
      });
  }
}
