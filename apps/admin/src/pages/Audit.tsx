import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { formatInstant } from '../lib/format';
import { useMe } from '../lib/session';
import { useTRPC } from '../lib/trpc';

const ENTITY_TYPES = [
  'response_record',
  'report',
  'finding',
  'finding_update',
  'user',
  'organisation',
  'session',
];

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = JSON.stringify(value);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

export default function Audit() {
  const trpc = useTRPC();
  const { me } = useMe();
  const [organisationId, setOrganisationId] = useState(me?.memberships[0]?.organisationId ?? '');
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  // A stack of page starts: older pages are fetched by the last id seen.
  const [pages, setPages] = useState<number[]>([]);
  const before = pages.at(-1);
  const input = {
    organisationId,
    ...(entityType && { entityType }),
    ...(entityId.trim() && { entityId: entityId.trim() }),
    ...(before !== undefined && { before }),
    limit: 50,
  };
  const q = useQuery({ ...trpc.audit.list.queryOptions(input), enabled: organisationId !== '' });
  const rows = q.data ?? [];
  const filter = (fn: () => void) => {
    fn();
    setPages([]);
  };
  return (
    <>
      <PageHeading title="Audit log" />
      <p>Every change, who made it and when, with what it was before and after. Newest first.</p>
      <form
        className="filters"
        aria-label="Filter the audit log"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label className="label" htmlFor="audit-org">
            Organisation
          </label>
          <select
            id="audit-org"
            className="select"
            value={organisationId}
            onChange={(e) => filter(() => setOrganisationId(e.target.value))}
          >
            {me?.memberships.map((m) => (
              <option key={m.organisationId} value={m.organisationId}>
                {m.organisationName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="audit-type">
            What changed
          </label>
          <select
            id="audit-type"
            className="select"
            value={entityType}
            onChange={(e) => filter(() => setEntityType(e.target.value))}
          >
            <option value="">Anything</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="audit-id">
            Its id
          </label>
          <input
            id="audit-id"
            className="input"
            value={entityId}
            onChange={(e) => filter(() => setEntityId(e.target.value))}
          />
        </div>
      </form>
      {q.isLoading && <Loading what="Loading the audit log" />}
      <ErrorMessage error={q.error} />
      {q.data && (
        <table className="table table--compact">
          <caption>{rows.length} events shown</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Action</th>
              <th scope="col">What</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatInstant(r.at)}</td>
                <td>{r.action}</td>
                <td>
                  {r.entityType} <span className="hint">{r.entityId}</span>
                </td>
                <td className="code">{show(r.before)}</td>
                <td className="code">{show(r.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-group">
        {pages.length > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setPages((p) => p.slice(0, -1))}
          >
            Newer events
          </button>
        )}
        {rows.length === 50 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setPages((p) => [...p, rows.at(-1)!.id])}
          >
            Older events
          </button>
        )}
      </div>
    </>
  );
}
