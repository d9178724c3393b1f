import {
  matchesSearch,
  PublicationStatus,
  RECORD_QUEUE_LABELS,
  RecordQueue,
  searchableText,
} from '@irr/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useSearchParams } from '../lib/router';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { formatDate, formatInstant, STATUS_LABEL } from '../lib/format';
import { useMe } from '../lib/session';
import { useTRPC } from '../lib/trpc';

const SORTS = {
  updated: {
    label: 'Last changed',
    cmp: (a: Item, b: Item) => b.updatedAt.localeCompare(a.updatedAt),
  },
  title: {
    label: 'Report title',
    cmp: (a: Item, b: Item) => a.report.title.localeCompare(b.report.title),
  },
  published: {
    label: 'Report published',
    cmp: (a: Item, b: Item) =>
      (b.report.publishedOn ?? '').localeCompare(a.report.publishedOn ?? ''),
  },
  organisation: {
    label: 'Organisation',
    cmp: (a: Item, b: Item) => a.organisation.name.localeCompare(b.organisation.name),
  },
};
type Item = {
  /** ISO 8601 instants sort as strings. */
  updatedAt: string;
  status: string;
  report: { title: string; publishedOn: string | null };
  organisation: { name: string };
};

export default function Records() {
  const trpc = useTRPC();
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const organisationId = params.get('org') ?? '';
  const status = params.get('status') ?? '';
  const queueParam = params.get('queue');
  const queue = queueParam ? RecordQueue.safeParse(queueParam) : null;
  const q = params.get('q') ?? '';
  const sort = (params.get('sort') ?? 'updated') as keyof typeof SORTS;
  const list = useQuery(
    trpc.records.list.queryOptions({
      ...(organisationId && { organisationId }),
      ...(status && { status: status as PublicationStatus }),
      ...(queue?.success && { queue: queue.data }),
    }),
  );
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const rows = (list.data ?? [])
    .filter(
      (r) =>
        !q ||
        matchesSearch(
          q,
          searchableText(
            [r.report.title, r.organisation.name, r.report.framework],
            [r.organisation.name],
          ),
        ),
    )
    .sort((SORTS[sort] ?? SORTS.updated).cmp);

  return (
    <>
      <PageHeading title="Response records" />
      {queue && !queue.success && (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Part of this link was not understood</h2>
          <p>
            “queue”: there is no queue called “{queueParam}”. The list below shows every record.
          </p>
        </div>
      )}
      {queue?.success && (
        <p className="lead">
          Showing: {RECORD_QUEUE_LABELS[queue.data]}.{' '}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setParam('queue', '')}
          >
            Show all records
          </button>
        </p>
      )}
      <form
        className="filters"
        role="search"
        aria-label="Filter records"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label className="label" htmlFor="filter-q">
            Search
          </label>
          <div className="hint" id="filter-q-hint">
            Report title or force, as you would say it: “PEEL 2018/19”, “Staffs”
          </div>
          <input
            id="filter-q"
            className="input"
            aria-describedby="filter-q-hint"
            value={q}
            onChange={(e) => setParam('q', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="label" htmlFor="filter-org">
            Organisation
          </label>
          <select
            id="filter-org"
            className="select"
            value={organisationId}
            onChange={(e) => setParam('org', e.target.value)}
          >
            <option value="">All of mine</option>
            {me?.memberships.map((m) => (
              <option key={m.organisationId} value={m.organisationId}>
                {m.organisationName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="filter-status">
            Status
          </label>
          <select
            id="filter-status"
            className="select"
            value={status}
            onChange={(e) => setParam('status', e.target.value)}
          >
            <option value="">Any status</option>
            {PublicationStatus.options.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="sort">
            Sort by
          </label>
          <select
            id="sort"
            className="select"
            value={sort}
            onChange={(e) => setParam('sort', e.target.value)}
          >
            {Object.entries(SORTS).map(([k, v]) => (
              <option key={k} value={k}>
                {v.label}
              </option>
            ))}
          </select>
        </div>
      </form>
      {list.isLoading && <Loading what="Loading records" />}
      <ErrorMessage error={list.error} />
      {list.data && (
        <table className="table">
          <caption>
            {rows.length} {rows.length === 1 ? 'record' : 'records'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Organisation</th>
              <th scope="col">Report published</th>
              <th scope="col">Status</th>
              <th scope="col">Last changed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/records/${r.id}`}>{r.report.title}</Link>
                </td>
                <td>{r.organisation.name}</td>
                <td>{r.report.publishedOn ? formatDate(r.report.publishedOn) : 'not recorded'}</td>
                <td>
                  <span className={`tag tag--${r.status}`}>{STATUS_LABEL[r.status]}</span> v
                  {r.draftVersion}
                </td>
                <td>{formatInstant(r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
