import type { ReactNode } from 'react';
import { FieldError } from './FieldError';

/** A labelled select (GOV.UK), its error under the label and read out with it. */
export function SelectField({
  id,
  label,
  error,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  /** The options. */
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldError id={id} message={error} />
      <select
        id={id}
        className="select"
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
