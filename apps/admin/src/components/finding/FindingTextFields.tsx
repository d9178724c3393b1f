import type { FindingFields, FindingProblems } from '../../lib/finding-fields';
import { RichTextEditor } from '../RichTextEditor';

/** A finding's own words: title, text, the report's reference and deadline, and where it sits. */
export function FindingTextFields({
  id,
  refName,
  value,
  set,
  shown,
}: {
  id: string;
  refName: string;
  value: FindingFields;
  set: <K extends keyof FindingFields>(key: K, v: FindingFields[K]) => void;
  /** The problems shown beside their fields (after a try to save: the form's checks or the server's). */
  shown: FindingProblems;
}) {
  return (
    <>
      <div className="field">
        <label className="label" htmlFor={`${id}-title`}>
          Title
        </label>
        <span className="hint" id={`${id}-title-hint`}>
          A heading the report gives this finding itself, for example &ldquo;Crime data
          integrity&rdquo;; leave empty if it has none
        </span>
        {shown.title && (
          <span className="error-message" id={`${id}-title-error`}>
            <span className="visually-hidden">Error:</span> {shown.title}
          </span>
        )}
        <input
          id={`${id}-title`}
          className="input"
          aria-describedby={shown.title ? `${id}-title-hint ${id}-title-error` : `${id}-title-hint`}
          aria-invalid={shown.title ? true : undefined}
          value={value.title}
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <RichTextEditor
        id={`${id}-text`}
        label={`Text of ${refName}`}
        value={value.text}
        onChange={(v) => set('text', v)}
        error={shown.text ?? null}
      />
      <div className="field-row">
        <div className="field">
          <label className="label" htmlFor={`${id}-reference`}>
            Report&apos;s own reference
          </label>
          {shown.reference && (
            <span className="error-message" id={`${id}-reference-error`}>
              <span className="visually-hidden">Error:</span> {shown.reference}
            </span>
          )}
          <input
            id={`${id}-reference`}
            className="input input--short"
            aria-invalid={shown.reference ? true : undefined}
            aria-describedby={shown.reference ? `${id}-reference-error` : undefined}
            value={value.reference}
            onChange={(e) => set('reference', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor={`${id}-deadline`}>
            Deadline phrase
          </label>
          <span className="hint" id={`${id}-deadline-hint`}>
            For example, &ldquo;within six months&rdquo;
          </span>
          {shown.deadlinePhrase && (
            <span className="error-message" id={`${id}-deadline-error`}>
              <span className="visually-hidden">Error:</span> {shown.deadlinePhrase}
            </span>
          )}
          <input
            id={`${id}-deadline`}
            aria-describedby={
              shown.deadlinePhrase
                ? `${id}-deadline-hint ${id}-deadline-error`
                : `${id}-deadline-hint`
            }
            aria-invalid={shown.deadlinePhrase ? true : undefined}
            className="input"
            value={value.deadlinePhrase}
            onChange={(e) => set('deadlinePhrase', e.target.value)}
          />
        </div>
      </div>
      <fieldset className="fieldset">
        <legend>Where it sits in the report</legend>
        <div className="field-row">
          <div className="field">
            <label className="label" htmlFor={`${id}-pillar`}>
              Pillar
            </label>
            <input
              id={`${id}-pillar`}
              className="input"
              value={value.pillar}
              onChange={(e) => set('pillar', e.target.value)}
            />
          </div>
          <div className="field">
            <label className="label" htmlFor={`${id}-area`}>
              Question or area
            </label>
            <input
              id={`${id}-area`}
              className="input"
              value={value.area}
              onChange={(e) => set('area', e.target.value)}
            />
          </div>
        </div>
      </fieldset>
    </>
  );
}
