import { useId } from 'react';

/**
 * The review was changed elsewhere (another tab) since this page loaded: the user's change was not
 * saved over it. They choose to make it again on the latest decisions or to drop it.
 */
export function ReviewConflict({ onResolve }: { onResolve: (reapply: boolean) => void }) {
  const titleId = useId();
  return (
    <div className="conflict" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="conflict__title">
        This review was changed somewhere else while you were working on it
      </h2>
      <p>
        Your last change was not saved, so nothing decided elsewhere has been overwritten. Load the
        latest decisions, then make your change again on them or leave it out.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => onResolve(true)}>
          Load the latest and make my change again
        </button>
        <button type="button" className="button button--secondary" onClick={() => onResolve(false)}>
          Load the latest without my change
        </button>
      </div>
    </div>
  );
}
