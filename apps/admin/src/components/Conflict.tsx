import { useId } from 'react';
import { formatInstant } from '../lib/format';

export interface Change {
  /** ISO 8601, as the API sends it. */
  at: string;
  action: string;
  by: string | null;
}

/**
 * Someone saved first. Says who and what, and offers to take their version underneath while keeping
 * the user's own text in the form, so nothing typed is lost.
 */
export function ConflictNotice({
  what,
  changes,
  theirs,
  onReload,
  onDiscard,
}: {
  what: string;
  changes: Change[] | undefined;
  theirs: { label: string; value: string }[];
  onReload: () => void;
  onDiscard: () => void;
}) {
  const latest = changes?.[0];
  const titleId = useId();
  return (
    <div className="conflict" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="conflict__title">
        Someone else changed this {what} while you were editing
      </h2>
      {latest ? (
        <p>
          <strong>{latest.by ?? 'Someone'}</strong> saved it at {formatInstant(latest.at)} (
          {latest.action.replace(/[._]/g, ' ')}).
        </p>
      ) : (
        <p>Another person saved it after you opened it.</p>
      )}
      {theirs.length > 0 && (
        <>
          <p>Their version now reads:</p>
          <dl className="conflict__theirs">
            {theirs.map((t) => (
              <div key={t.label}>
                <dt>{t.label}</dt>
                <dd>{t.value || '(empty)'}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p>Your text is still in the form below. Nothing has been lost.</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onReload}>
          Load their changes and keep my text
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          Discard my changes
        </button>
      </div>
    </div>
  );
}
