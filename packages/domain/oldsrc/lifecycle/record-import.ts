import { PUBLICATION_STATUS_LABELS, type PublicationStatus, type Role } from '../model/index.js';
import { err, ok, type DomainError, type Result } from '../result.js';
import type { LifecycleError } from './errors.js';
import { checkPublicationTransition, type PublicationEvent } from './publication.js';
import { nextDraftVersion } from './publication-effects.js';
import type { LifecycleMove } from './transition-table.js';

export interface RecordImportInput {
  /** The response already held for the same report and organisation, if any. */
  existing: { status: PublicationStatus; latestPublishedVersion: number | null } | null;
  actorRole: Role;
  actorId: string;
}

/** What an import of a record does. */
export type RecordImportPlan =
  /** A new response record, which starts as a draft. */
  | { kind: 'create'; status: 'draft' }
  /** The next draft version of a published or withdrawn record: a move of the lifecycle. */
  | {
      kind: 'new_version';
      version: number;
      move: LifecycleMove<PublicationStatus, PublicationEvent>;
    };

/**
 * Whether an imported record may land, and how. Unpublished work in progress (a draft, or a record
 * in review or approved) is never overwritten: the import is refused. A published or withdrawn
 * record gets a new draft version through the lifecycle's `new_version_started`, with the role
 * that move needs.
 *
 * @example
 * planRecordImport({ existing: null, actorRole: 'editor', actorId: 'u1' });
 * // { ok: true, value: { kind: 'create', status: 'draft' } }
 */
export function planRecordImport(
  input: RecordImportInput,
): Result<RecordImportPlan, DomainError<'RECORD_DRAFT_EXISTS'> | LifecycleError> {
  const existing = input.existing;
  if (existing === null) return ok({ kind: 'create', status: 'draft' });
  if (existing.status !== 'published' && existing.status !== 'withdrawn') {
    const status = PUBLICATION_STATUS_LABELS[existing.status].toLowerCase();
    const article = /^[aeiou]/.test(status) ? 'An' : 'A';
    return err({
      code: 'RECORD_DRAFT_EXISTS',
      message: `${article} ${status} version of this response already exists; publish or finish it before importing another`,
    });
  }
  const move = checkPublicationTransition({
    from: existing.status,
    to: 'draft',
    actorRole: input.actorRole,
    actorId: input.actorId,
    actorChangedVersion: false,
  });
  if (!move.ok) return move;
  return ok({ kind: 'new_version', version: nextDraftVersion(existing), move: move.value });
}
