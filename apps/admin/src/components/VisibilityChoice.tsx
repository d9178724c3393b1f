import { VISIBILITY_LABELS, type Visibility } from '@irr/domain';
import { FieldError } from './form/FieldError';

/** The default first. */
const CHOICES: readonly Visibility[] = ['internal', 'public'];

const MEANING: Record<Visibility, string> = {
  internal: 'staff only',
  public: 'shown on the portal once the response is published',
};

/**
 * Who can read a piece of text the user writes (an update, a reason): always their explicit choice,
 * starting at internal, so nothing reaches the portal unless someone chose to publish it (or with no
 * choice made at all, `null`, where the user must make one). Each radio's id is `${name}-${choice}`:
 * an error links to the first.
 */
export function VisibilityChoice({
  name,
  value,
  onChange,
  legend = 'Who can see this?',
  error,
}: {
  name: string;
  value: Visibility | null;
  onChange: (v: Visibility) => void;
  legend?: string;
  error?: string | null;
}) {
  return (
    <div className={error ? 'field field--error' : undefined}>
      <fieldset
        className="fieldset fieldset--inline"
        aria-describedby={error ? `${name}-error` : undefined}
      >
        <legend>{legend}</legend>
        <FieldError id={name} message={error} />
        {CHOICES.map((v) => (
          <label key={v} className="radio">
            <input
              type="radio"
              id={`${name}-${v}`}
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
            />{' '}
            {VISIBILITY_LABELS[v]} ({MEANING[v]})
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** Who can read a stored piece of text, as a tag beside it. */
export function VisibilityTag({ visibility }: { visibility: Visibility }) {
  return (
    <span className={visibility === 'internal' ? 'tag tag--internal' : 'tag'}>
      {VISIBILITY_LABELS[visibility]}
    </span>
  );
}
