import type { RecordDraft } from '../lib/use-record-draft';

/** Who answers for the response: the Police and Crime Commissioner and the chief officer. */
export function OfficeHolders({ d, editable }: { d: RecordDraft; editable: boolean }) {
  const { value, set } = d;
  if (!editable)
    return (
      <dl className="summary-list">
        <div>
          <dt>Police and Crime Commissioner</dt>
          <dd>
            {value.commissionerName} ({value.commissionerTitle})
          </dd>
        </div>
        <div>
          <dt>Chief officer</dt>
          <dd>
            {value.chiefOfficerTitle} {value.chiefOfficerName}
          </dd>
        </div>
      </dl>
    );
  return (
    <div className="field-row">
      <fieldset className="fieldset">
        <legend>Police and Crime Commissioner</legend>
        <div className="field">
          <label className="label" htmlFor="commissioner-name">
            Name
          </label>
          <input
            id="commissioner-name"
            className="input"
            value={value.commissionerName}
            onChange={(e) => set('commissionerName', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="commissioner-title">
            Title
          </label>
          <input
            id="commissioner-title"
            className="input"
            value={value.commissionerTitle}
            onChange={(e) => set('commissionerTitle', e.target.value)}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Chief officer</legend>
        <div className="field">
          <label className="label" htmlFor="chief-name">
            Name
          </label>
          <input
            id="chief-name"
            className="input"
            value={value.chiefOfficerName}
            onChange={(e) => set('chiefOfficerName', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="chief-title">
            Title or rank
          </label>
          <input
            id="chief-title"
            className="input"
            value={value.chiefOfficerTitle}
            onChange={(e) => set('chiefOfficerTitle', e.target.value)}
          />
        </div>
      </fieldset>
    </div>
  );
}
