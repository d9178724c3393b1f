import {
  INSPECTION_TYPE_LABELS,
  InspectionType,
  REVIEW_HEADER_FIELD_LABELS,
  formatLongDate,
  type ImportDecision,
  type ResponseRecord,
  type ReviewHeaderField,
} from '@irr/domain';
import { useState } from 'react';
import { ActionButton } from '../form/ActionButton';

/** Each header field as the draft now has it, in the words the user would type it. */
function valuesOf(
  record: ResponseRecord | null,
  decisions: readonly ImportDecision[],
): Record<ReviewHeaderField, string> {
  const out: Record<ReviewHeaderField, string> = {
    reportTitle: record?.report.title ?? '',
    publishedOn: record?.report.publishedOn ? formatLongDate(record.report.publishedOn) : '',
    link: record?.report.link ?? '',
    type: record?.report.type ?? '',
    organisation: record?.organisation.name ?? '',
    commissioner: record?.commissioner.name ?? '',
    chiefOfficer: record?.chiefOfficer.name ?? '',
    documentVersion: record?.documentVersion ?? '',
  };
  // Without a draft (a required field missing) the user's own corrections are all there is to show.
  if (!record) for (const d of decisions) if (d.kind === 'header') out[d.field] = d.value;
  return out;
}

const TEXT_FIELDS: readonly ReviewHeaderField[] = [
  'reportTitle',
  'publishedOn',
  'link',
  'organisation',
  'commissioner',
  'chiefOfficer',
  'documentVersion',
];

const HINT: Partial<Record<ReviewHeaderField, string>> = {
  publishedOn: 'For example, 7 February 2020',
  organisation: 'The force or service, as the register names it',
  commissioner: "The commissioner's name",
  chiefOfficer: "The chief officer's name",
};

/** The report and office-holder fields, corrected in one go: each changed field is one decision. */
export function HeaderFieldsForm({
  record,
  decisions,
  busy,
  onDecide,
}: {
  record: ResponseRecord | null;
  decisions: readonly ImportDecision[];
  busy: boolean;
  onDecide: (changes: ImportDecision[]) => void;
}) {
  const start = valuesOf(record, decisions);
  const [values, setValues] = useState(start);
  const set = (field: ReviewHeaderField, value: string) => setValues({ ...values, [field]: value });
  const changes = (Object.keys(values) as ReviewHeaderField[])
    .filter((f) => values[f] !== start[f])
    .map((field): ImportDecision => ({ kind: 'header', field, value: values[field].trim() }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (changes.length) onDecide(changes);
      }}
    >
      <fieldset className="fieldset">
        <legend>Report and office holders</legend>
        {TEXT_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label className="label" htmlFor={`header-${field}`}>
              {REVIEW_HEADER_FIELD_LABELS[field]}
            </label>
            {HINT[field] && (
              <span className="hint" id={`header-${field}-hint`}>
                {HINT[field]}
              </span>
            )}
            <input
              id={`header-${field}`}
              className="input"
              aria-describedby={HINT[field] ? `header-${field}-hint` : undefined}
              value={values[field]}
              maxLength={2000}
              onChange={(e) => set(field, e.target.value)}
            />
          </div>
        ))}
        <div className="field">
          <label className="label" htmlFor="header-type">
            {REVIEW_HEADER_FIELD_LABELS.type}
          </label>
          <select
            id="header-type"
            className="select"
            value={values.type}
            onChange={(e) => set('type', e.target.value)}
          >
            {values.type === '' && <option value="">Choose…</option>}
            {InspectionType.options.map((t) => (
              <option key={t} value={t}>
                {INSPECTION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <ActionButton
          id="header-save"
          secondary
          busy={busy}
          why={changes.length ? null : 'Correct a field to save it.'}
        >
          Save the header fields
        </ActionButton>
      </fieldset>
    </form>
  );
}
