import type { PendingImportView } from '../../lib/imports';
import { blockingCount } from './places';

/** Why the import cannot be saved yet, in one sentence; null when it can. */
export function notReadyReason(view: PendingImportView): string | null {
  if (view.ready) return null;
  const blocking = blockingCount(view.reviewed);
  if (!view.reviewed.ok || blocking > 0)
    return `Resolve the ${blocking === 1 ? 'thing' : `${blocking} things`} listed at the top first.`;
  if (view.meeting?.match === 'near')
    return 'Answer whether this is an inspection already held first.';
  if (view.reportFindingQuestions.length > 0)
    return 'Answer whether each finding worded differently is the national report’s first.';
  return 'This import cannot be saved yet.';
}

/** "Import" (as a new response), disabled with its reason until the review is ready; and "Discard". */
export function ImportActions({
  view,
  busy,
  onCreate,
  onDiscard,
}: {
  view: PendingImportView;
  busy: boolean;
  onCreate: () => void;
  onDiscard: () => void;
}) {
  const meeting = view.meeting;
  const mayCreate = meeting === null || meeting.choices.includes('create');
  const reason = notReadyReason(view);
  return (
    <div className="import-actions">
      {mayCreate && (
        <div className="import-actions__create">
          <button
            type="button"
            className="button"
            disabled={busy || reason !== null}
            aria-describedby={reason ? 'import-why-not' : undefined}
            onClick={onCreate}
          >
            Import
          </button>{' '}
          {reason && (
            <span id="import-why-not" className="hint">
              {reason}
            </span>
          )}
        </div>
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={onDiscard}
      >
        Discard this import
      </button>
    </div>
  );
}
