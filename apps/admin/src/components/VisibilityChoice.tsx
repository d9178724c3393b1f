import { VISIBILITY_LABELS, type Visibility } from '@irr/domain';

/** The default first. */
const CHOICES: readonly Visibility[] = ['internal', 'public'];

const MEANING: Record<Visibility, string> = {
  internal: 'staff only',
  public: 'shown on the portal once the response is published',
};

/**
 * Who can read a piece of text the user writes (an update, a reason): always their explicit choice,
 * starting at internal, so nothing reaches the portal unless someone chose to publish it.
 */
export function VisibilityChoice({
  name,
  value,
  onChange,
  legend = 'Who can see this?',
}: {
  name: string;
  value: Visibility;
  onChange: (v: Visibility) => void;
  legend?: string;
}) {
  return (
    <fieldset className="fieldset fieldset--inline">
      <legend>{legend}</legend>
      {CHOICES.map((v) => (
        <label key={v} className="radio">
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />{' '}
          {VISIBILITY_LABELS[v]} ({MEANING[v]})
        </label>
      ))}
    </fieldset>
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
