import type { ReactNode } from 'react';

/**
 * A form's submit button that, when it cannot be used, says why beside it (GOV.UK: never a silently
 * disabled action). `why` null is usable; `busy` disables it while a save is in flight.
 */
export function ActionButton({
  id,
  why,
  busy = false,
  secondary = false,
  children,
}: {
  /** The id of the reason beside it is `${id}-why`. */
  id: string;
  why: string | null;
  busy?: boolean;
  secondary?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <button
        type="submit"
        className={secondary ? 'button button--secondary' : 'button'}
        disabled={why !== null || busy}
        aria-describedby={why ? `${id}-why` : undefined}
      >
        {children}
      </button>{' '}
      {why && (
        <span className="hint hint--beside" id={`${id}-why`}>
          {why}
        </span>
      )}
    </>
  );
}
