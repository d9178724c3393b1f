import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_TYPE_LABELS, AuditAction } from '@irr/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from '../lib/router';
import { AuditChanges } from '../components/AuditChanges';
import { AuditSubject } from '../components/AuditSubject';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { actionLabel, formatInstant } from '../lib/format';
import { useMe } from '../lib/session';
import { useTRPC } from '../lib/trpc';

const PAGE = 50;

/** The audit log in words; its filters (organisation, person, record, action, what) live in the URL. */
export default function Audit() {
  const trpc = useTRPC();
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const organisationId = params.get('org') ?? me?.memberships[0]?.organisationId ?? '';
  const actorId = params.get('person') ?? '';
  const recordId = params.get('record') ?? '';
  const actionParam = AuditAction.safeParse(params.get('action'));
  const entityType = params.get('what') ?? '';
  // A stack of page starts: older pages are fetched by the last id seen.
  const [pages, setPages] = useState<number[]>([]);
  const before = pages.at(-1);
  const input = {
    organisationId,
    ...(actorId && { actorId }),
    ...(recordId && { recordId }),
    ...(actionParam.success && { action: actionParam.data }),
    ...(entityType && { entityType }),
    ...(before !== undefined && { before }),
    limit: PAGE,
  };
  const enabled = organisationId !== '';
  const q = useQuery({ ...trpc.audit.list.queryOptions(input), enabled });
  const people = useQuery({ ...trpc.audit.people.queryOptions({ organisationId }), enabled });
  const records = useQuery({ ...trpc.records.list.queryOptions({ organisationId }), enabled });
  const rows = q.data ?? [];
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    // Another organisation has other people and records.
    if (key === 'org') ['person', 'record'].forEach((k) => next.delete(k));
    setParams(next, { replace: true });
    setPages([]);
  };
  const select = (
    id: string,
    labelText: string,
    key: string,
    value: string,
    options: { value: string; label: string }[],
    anything?: string,
  ) => (
    <div className="field">
      <label className="label" htmlFor={id}>
        {labelText}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => setParam(key, e.target.value)}
      >
        {anything !== undefined && <option value="">{anything}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <PageHeading title="Audit log" />
      <p>Every change, who made it and when, and what it was before and after. Newest first.</p>
      <form
        className="filters"
        aria-label="Filter the audit log"
        onSubmit={(e) => e.preventDefault()}
      >
        {select(
          'audit-org',
          'Organisation',
          'org',
          organisationId,
          (me?.memberships ?? []).map((m) => ({
            value: m.organisationId,
            label: m.organisationName,
          })),
        )}
        {select(
          'audit-person',
          'Who',
          'person',
          actorId,
          (people.data ?? []).map((p) => ({ value: p.id, label: p.name })),
          'Anyone',
        )}
        {select(
          'audit-record',
          'Record',
          'record',
          recordId,
          (records.data ?? [])
            .map((r) => ({ value: r.id, label: r.report.title }))
            .sort((a, b) => a.label.localeCompare(b.label)),
          'Any record',
        )}
        {select(
          'audit-action',
          'Action',
          'action',
          actionParam.success ? actionParam.data : '',
          Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
          'Any action',
        )}
        {select(
          'audit-type',
          'What changed',
          'what',
          entityType,
          Object.entries(AUDIT_ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label })),
          'Anything',
        )}
      </form>
      {q.isLoading && <Loading what="Loading the audit log" />}
      <ErrorMessage error={q.error} />
      {q.data && (
        <table className="table table--compact audit-log">
          <caption>
            {rows.length} {rows.length === 1 ? 'event' : 'events'} shown
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">On</th>
              <th scope="col">Before and after</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatInstant(r.at)}</td>
                <td>{r.actorName ?? 'The system'}</td>
                <td>{actionLabel(r.action)}</td>
                <td>
                  <AuditSubject target={r.target} />
                </td>
                <td>
                  <AuditChanges changes={r.changes} />
                </td>
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
        {rows.length === PAGE && (
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
