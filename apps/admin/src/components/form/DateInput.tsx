import type { DateParts } from '../../lib/date-parts';
import { FieldError } from './FieldError';

/**
 * The GOV.UK date input: day, month and year boxes in a fieldset whose legend names the date, with a hint
 * and the error beside it. The day box's id is `${id}-day`: error summaries and "fix it" links point there
 * (`${id}-month` for a month-only date).
 */
export function DateInput({
  id,
  legend,
  hint,
  value,
  onChange,
  error,
  errorPart = 'day',
  disabled,
  monthOnly = false,
}: {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: string | null;
  /** Which box the error is about (marked as invalid). */
  errorPart?: keyof DateParts;
  disabled?: boolean;
  /** A month and year only (a date given as a month): its first box is then `${id}-month`. */
  monthOnly?: boolean;
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const box = (part: keyof DateParts, label: string, width: string) => (
    <div className="date-input__item">
      <label className="label date-input__label" htmlFor={`${id}-${part}`}>
        {label}
      </label>
      <input
        id={`${id}-${part}`}
        className={`input date-input__input ${width}${error && errorPart === part ? ' input--error' : ''}`}
        inputMode="numeric"
        autoComplete="off"
        value={value[part]}
        disabled={disabled}
        aria-invalid={error && errorPart === part ? true : undefined}
        onChange={(e) => onChange({ ...value, [part]: e.target.value })}
      />
    </div>
  );
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="fieldset date-input" id={id} aria-describedby={described || undefined}>
        <legend className="label">{legend}</legend>
        {hint && (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <FieldError id={id} message={error} />
        <div className="date-input__row">
          {!monthOnly && box('day', 'Day', 'date-input__input--2')}
          {box('month', 'Month', 'date-input__input--2')}
          {box('year', 'Year', 'date-input__input--4')}
        </div>
      </fieldset>
    </div>
  );
}
