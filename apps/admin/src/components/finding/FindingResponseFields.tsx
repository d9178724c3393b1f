import type { FindingFields } from '../../lib/finding-fields';
import { ACCEPTANCE_LABEL } from '../../lib/format';
import { RichTextEditor } from '../RichTextEditor';

/** A recommendation's response: whether it is accepted, and the explanation of action (s55(5B)). */
export function FindingResponseFields({
  id,
  refName,
  value,
  set,
  error,
}: {
  id: string;
  refName: string;
  value: FindingFields;
  set: <K extends keyof FindingFields>(key: K, v: FindingFields[K]) => void;
  error: string | null;
}) {
  return (
    <fieldset className="fieldset">
      <legend>The office&apos;s response (required before approval)</legend>
      <div className="field">
        <label className="label" htmlFor={`${id}-position`}>
          Acceptance
        </label>
        <select
          id={`${id}-position`}
          className="select"
          value={value.position}
          onChange={(e) => set('position', e.target.value as FindingFields['position'])}
        >
          <option value="">Not yet decided</option>
          {Object.entries(ACCEPTANCE_LABEL).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <RichTextEditor
        id={`${id}-explanation`}
        label={`Explanation of action for ${refName}`}
        hint="What has been or will be done, or why nothing will be (s55(5B))"
        error={error}
        value={value.explanation}
        onChange={(v) => set('explanation', v)}
      />
    </fieldset>
  );
}
