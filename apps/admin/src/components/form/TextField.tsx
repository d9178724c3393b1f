import { FieldError } from './FieldError';

/**
 * A labelled text box or text area (GOV.UK): the hint and the error under the label, both read out
 * with the field, and the box marked invalid while its error stands.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows,
  type = 'text',
  className = 'input',
  list,
  maxLength,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  /** A text area of this many rows, not a one-line box. */
  rows?: number;
  type?: 'text' | 'url';
  className?: string;
  list?: string;
  maxLength?: number;
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    maxLength,
    'aria-describedby': described || undefined,
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldError id={id} message={error} />
      {rows ? (
        <textarea
          {...common}
          className={`textarea${error ? ' input--error' : ''}`}
          rows={rows}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          className={`${className}${error ? ' input--error' : ''}`}
          type={type}
          list={list}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}
