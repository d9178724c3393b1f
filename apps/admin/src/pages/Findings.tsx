import {
  FINDING_DUE_LABELS,
  FINDING_SORT_LABELS,
  FindingKind,
  FindingStatus,
  type FindingsQuery,
  type FindingSort,
} from '@irr/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { useSearchParams } from '../lib/router';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { findingsQueryFromUrl, findingsUrlOf } from '../lib/findings-url';
import { formatDate, KIND_LABEL, STATUS_LABEL } from '../lib/format';
import { ownerText } from '../lib/owner';
import { useMe } from '../lib/session';
import { useTRPC } from '../lib/trpc';

const COLUMNS: { label: string; sort?: FindingSort }[] = [
  { label: 'Finding', sort: 'ref' },
  { label: 'Report', sort: 'report' },
  { label: 'Status', sort: 'status' },
  { label: 'Target date', sort: 'target_date' },
  { label: 'Owner' },
];

/** Every finding of every record you may read; filters, sort and page live in the URL. */
export default function Findings() {
  const trpc = useTRPC();
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const parsed = findingsQueryFromUrl(params);
  const query = parsed.query;
  const list = useQuery({
    ...trpc.findings.list.queryOptions(query),
    placeholderData: keepPreviousData,
  });
  const go = (next: FindingsQuery) => setParams(new URLSearchParams(findingsUrlOf(next)));
  /** A changed filter starts again at the first page. */
  const filter = (patch: Partial<FindingsQuery>) => go({ ...query, ...patch, page: undefined });
  const sort = query.sort ?? 'target_date';
  const dir = query.dir ?? 'asc';
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const page = query.page ?? 1;

  return (
    <>
      <PageHeading title="Findings" />
      {!parsed.ok && (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Part of this link was not understood</h2>
          <ul>
            {parsed.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p>The list below leaves those filters out.</p>
        </div>
      )}
      <form
        className="filters"
        role="search"
        aria-label="Filter findings"
        onSubmit={(e) => e.preventDefault()}
      >
        <fieldset className="field">
          <legend className="label">Status</legend>
          {FindingStatus.options.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="checkbox"
                checked={query.status?.includes(s) ?? false}
                onChange={(e) => {
                  const now = new Set(query.status ?? []);
                  if (e.target.checked) now.add(s);
                  else now.delete(s);
                  filter({ status: now.size ? [...now] : undefined });
                }}
              />{' '}
              {STATUS_LABEL[s]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label className="label" htmlFor="filter-kind">
            Kind
          </label>
          <select
            id="filter-kind"
            className="select"
            value={query.kind?.length === 1 ? query.kind[0] : ''}
            onChange={(e) =>
              filter({ kind: e.target.value ? [e.target.value as FindingKind] : undefined })
            }
          >
            <option value="">Any kind</option>
            {FindingKind.options.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="filter-owner">
            Owner
          </label>
          <select
            id="filter-owner"
            className="select"
            value={query.owner ?? ''}
            onChange={(e) => filter({ owner: e.target.value || undefined })}
          >
            <option value="">Anyone or nobody</option>
            <option value="me">Me</option>
            <option value="nobody">Nobody</option>
            {query.owner && query.owner !== 'me' && query.owner !== 'nobody' && (
              <option value={query.owner}>
                {list.data?.items.find((f) => f.owner?.id === query.owner)?.owner?.name ??
                  'The person chosen'}
              </option>
            )}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="filter-team">
            Team
          </label>
          <input
            id="filter-team"
            className="input"
            defaultValue={query.team ?? ''}
            key={query.team ?? ''}
            onBlur={(e) => filter({ team: e.target.value.trim() || undefined })}
            onKeyDown={(e) => {
              if (e.key === 'Enter')
                filter({ team: (e.target as HTMLInputElement).value.trim() || undefined });
            }}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="filter-due">
            Target date
          </label>
          <select
            id="filter-due"
            className="select"
            value={query.due ?? ''}
            onChange={(e) =>
              filter({
                due: (e.target.value || undefined) as FindingsQuery['due'],
                days: e.target.value === 'within' ? (query.days ?? 14) : undefined,
              })
            }
          >
            <option value="">Any</option>
            <option value="overdue">{FINDING_DUE_LABELS.overdue}</option>
            <option value="today">{FINDING_DUE_LABELS.today}</option>
            <option value="within">Due within a number of days</option>
            <option value="none">{FINDING_DUE_LABELS.none}</option>
          </select>
        </div>
        {query.due === 'within' && (
          <div className="field">
            <label className="label" htmlFor="filter-days">
              Days from today
            </label>
            <input
              id="filter-days"
              className="input input--short"
              type="number"
              min={0}
              max={3660}
              value={query.days ?? 14}
              onChange={(e) => e.target.value !== '' && filter({ days: Number(e.target.value) })}
            />
          </div>
        )}
        <div className="field">
          <label className="label" htmlFor="filter-org">
            Organisation
          </label>
          <select
            id="filter-org"
            className="select"
            value={query.organisationId ?? ''}
            onChange={(e) => filter({ organisationId: e.target.value || undefined })}
          >
            <option value="">All of mine</option>
            {me?.memberships.map((m) => (
              <option key={m.organisationId} value={m.organisationId}>
                {m.organisationName}
              </option>
            ))}
          </select>
        </div>
        {query.reportId && (
          <div className="field">
            <span className="label">Report</span>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => filter({ reportId: undefined })}
            >
              Show every report
            </button>
          </div>
        )}
      </form>
      <SavedFilters query={query} />
      {list.isLoading && <Loading what="Loading findings" />}
      <ErrorMessage error={list.error} />
      {list.data && (
        <>
          <table className="table">
            <caption>
              {list.data.total} {list.data.total === 1 ? 'finding' : 'findings'}
              {pages > 1 && `, page ${page} of ${pages}`}; sorted by{' '}
              {FINDING_SORT_LABELS[sort].toLowerCase()},{' '}
              {dir === 'asc' ? 'ascending' : 'descending'}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => {
                  const active = c.sort === sort;
                  return (
                    <th
                      key={c.label}
                      scope="col"
                      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      {c.sort ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() =>
                            go({
                              ...query,
                              sort: c.sort,
                              dir: active && dir === 'asc' ? 'desc' : 'asc',
                              page: undefined,
                            })
                          }
                        >
                          {c.label}
                          <span aria-hidden="true">
                            {active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
                          </span>
                        </button>
                      ) : (
                        c.label
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((f) => (
                <tr key={f.findingId}>
                  <td>
                    <Link to={`/records/${f.recordId}/findings/${f.findingId}`}>
                      {f.ref} · {KIND_LABEL[f.kind]}
                      {f.title && <>: {f.title}</>}
                    </Link>
                  </td>
                  <td>
                    <Link to={findingsUrlOf({ ...query, reportId: f.reportId, page: undefined })}>
                      {f.reportTitle}
                    </Link>
                    <br />
                    <span className="hint">{f.organisationName}</span>
                  </td>
                  <td>{STATUS_LABEL[f.status]}</td>
                  <td className={f.daysOverdue !== null ? 'late' : undefined}>
                    {formatDate(f.targetDate)}
                    {f.daysOverdue !== null && (
                      <>
                        <br />
                        {f.daysOverdue} {f.daysOverdue === 1 ? 'day' : 'days'} overdue
                      </>
                    )}
                  </td>
                  <td>{ownerText(f) || 'Nobody'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 && (
            <nav aria-label="Pages" className="pager">
              {page > 1 && (
                <Link to={findingsUrlOf({ ...query, page: page - 1 })}>Previous page</Link>
              )}{' '}
              {page < pages && (
                <Link to={findingsUrlOf({ ...query, page: page + 1 })}>Next page</Link>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}

/** Save the list's filters under a name; open or delete one saved before. */
function SavedFilters({ query }: { query: FindingsQuery }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const saved = useQuery(trpc.savedFilters.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.savedFilters.list.queryFilter());
  const save = useMutation(
    trpc.savedFilters.save.mutationOptions({
      onSuccess: () => {
        setName('');
        return refresh();
      },
    }),
  );
  const remove = useMutation(trpc.savedFilters.delete.mutationOptions({ onSuccess: refresh }));
  const { page: _page, ...kept } = query;
  return (
    <section aria-labelledby="saved-filters-title" className="saved-filters">
      <h2 id="saved-filters-title">Saved filters</h2>
      {saved.data && saved.data.length > 0 ? (
        <ul>
          {saved.data.map((f) => (
            <li key={f.id}>
              <Link to={`/findings${findingsUrlOf(f.query)}`}>{f.name}</Link>{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => remove.mutate({ id: f.id })}
                disabled={remove.isPending}
              >
                Delete<span className="visually-hidden"> {f.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>You have no saved filters.</p>
      )}
      <ErrorMessage error={save.error} title="The filter was not saved" />
      <ErrorMessage error={remove.error} title="The filter was not deleted" />
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ name, query: kept });
        }}
      >
        <label className="label" htmlFor="saved-filter-name">
          Save this filter as
        </label>
        <input
          id="saved-filter-name"
          className="input"
          value={name}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          Save filter
        </button>
      </form>
    </section>
  );
}
