import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../lib/trpc';

export interface CoveredForce {
  slug: string;
  name: string;
}

/**
 * The forces a (not national) report covers: each with a Remove button, and a list to add one
 * from (the organisations this register holds; the operator adds others), so it works with the
 * keyboard alone; only the list when the details are read-only.
 */
export function ReportForcesField({
  value,
  onChange,
  readOnly,
}: {
  value: CoveredForce[];
  onChange: (forces: CoveredForce[]) => void;
  readOnly: boolean;
}) {
  const trpc = useTRPC();
  const organisations = useQuery({
    ...trpc.public.organisations.queryOptions(),
    enabled: !readOnly,
  });
  const [adding, setAdding] = useState('');
  const choices = (organisations.data ?? []).filter((o) => !value.some((f) => f.slug === o.slug));
  const add = () => {
    const chosen = choices.find((o) => o.slug === adding);
    if (!chosen) return;
    onChange([...value, { slug: chosen.slug, name: chosen.name }]);
    setAdding('');
  };
  return (
    <fieldset className="fieldset">
      <legend>Forces the report covers</legend>
      {value.length === 0 ? (
        <p className="hint">No force is named.</p>
      ) : (
        <ul className="inline-links">
          {value.map((f) => (
            <li key={f.slug}>
              {f.name}
              {!readOnly && ' '}
              {!readOnly && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(value.filter((v) => v.slug !== f.slug))}
                >
                  Remove<span className="visually-hidden"> {f.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="field">
          <label className="label" htmlFor="report-add-force">
            Add a force
          </label>
          <div className="button-group">
            <select
              id="report-add-force"
              className="select"
              value={adding}
              onChange={(e) => setAdding(e.target.value)}
            >
              <option value="">Choose an organisation</option>
              {choices.map((o) => (
                <option key={o.slug} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--secondary"
              disabled={adding === ''}
              onClick={add}
            >
              Add force
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
