import type { PublicationStatus } from '../model/index.js';
import type { PublicationEvent } from './publication.js';
import type { LifecycleMove } from './transition-table.js';

/** What a publication move reads of the record it changes. */
export interface PublicationState {
  draftVersion: number;
  latestPublishedVersion: number | null;
  firstPublishedOn: string | null;
}

/** The record's fields a publication move sets; absent ones stay as they are. */
export interface PublicationEffects {
  status: PublicationStatus;
  changesRequestedReason: string | null;
  latestPublishedVersion?: number;
  firstPublishedOn?: string;
  draftVersion?: number;
  lastEditorId?: null;
}

/**
 * What a permitted move does to the record besides its status. Publishing makes the draft's
 * number the latest published version and sets "first published on" once (a derived date, never
 * typed); starting a new version numbers the draft after the latest published one and forgets
 * the last editor (shown to staff; who may approve is decided from the audit trail).
 *
 * @example
 * publicationEffects(move, { draftVersion: 1, latestPublishedVersion: null, firstPublishedOn: null }, { today: '2020-04-02' })
 * // published: { status: 'published', changesRequestedReason: null, latestPublishedVersion: 1, firstPublishedOn: '2020-04-02' }
 */
export function publicationEffects(
  move: LifecycleMove<PublicationStatus, PublicationEvent>,
  state: PublicationState,
  context: { today: string; reason?: string | null },
): PublicationEffects {
  return {
    status: move.to,
    // Only a request for changes leaves its reason on the draft; every other move clears it.
    changesRequestedReason: move.event === 'changes_requested' ? (context.reason ?? null) : null,
    ...(move.event === 'published' && {
      latestPublishedVersion: state.draftVersion,
      firstPublishedOn: state.firstPublishedOn ?? context.today,
    }),
    ...(move.event === 'new_version_started' && {
      draftVersion: nextDraftVersion(state),
      lastEditorId: null,
    }),
  };
}

/** The number a new draft takes: one after the latest published version (1 if none was). */
export function nextDraftVersion(state: Pick<PublicationState, 'latestPublishedVersion'>): number {
  return (state.latestPublishedVersion ?? 0) + 1;
}
