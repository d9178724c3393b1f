import { useEffect, useId, useRef } from 'react';

export interface FormError {
  /** The id of the field to fix (its first box, for a date). */
  field: string | null;
  message: string;
}

/**
 * The GOV.UK error summary: at the top of the form, focused when it appears so it is read out, each error
 * a link that moves focus to its field. A problem with no field (a refusal) is listed without a link.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
}: {
  errors: readonly FormError[];
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const shown = errors.map((e) => `${e.field}:${e.message}`).join('|');
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 className="error-summary__title" id={titleId}>
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={`${e.field}:${e.message}`}>
            {e.field ? (
              <a
                href={`#${e.field}`}
                onClick={(event) => {
                  const target = document.getElementById(e.field!);
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }}
              >
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
