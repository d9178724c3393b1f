import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorMessage, Loading } from '../components/Errors';
import { PageHeading } from '../components/PageHeading';
import { daysBetween, MY_FINDINGS_QUEUES } from '@irr/domain';
import { findingsUrlOf } from '../lib/findings-link';
import { AuditSubject } from '../components/AuditSubject';
import { actionLabel, formatDate, formatInstant, KIND_LABEL, STATUS_LABEL } from '../lib/format';
import { ownerText } from '../lib/owner';
import { useTRPC, type Dashboard as Data } from '../lib/trpc';

const STATE_LABEL: Record<string, string> = {
  not_required: 'Not required',
  no_fixed_limit: 'No fixed limit (report before 2 May 2017)',
  open: 'Open',
  due_soon: 'Due soon',
  due_today: 'Due today',
  late: 'Late',
  published: 'Published',
  published_on_time: 'Published on time',
  published_late: 'Published late',
  not_requested: 'Not requested',
  awaited: 'Awaited',
  overdue: 'Overdue',
  received: 'Received',
  received_late: 'Received late',
  unknown: 'Unknown',
};

const isLate = (state: string) =>
  state === 'late' ||
  state === 'overdue' ||
  state === 'published_late' ||
  state === 'received_late';

function days(n: number | null): string {
  if (n === null) return '—';
  if (n < 0) return `${-n} ${n === -1 ? 'day' : 'days'} late`;
  if (n === 0) return 'last day today';
  return `${n} ${n === 1 ? 'day' : 'days'} left`;
}

export default function Dashboard() {
  const trpc = useTRPC();
  const q = useQuery(trpc.dashboard.summary.queryOptions({}));
  return (
    <>
      <PageHeading title="Dashboard" />
      {q.isLoading && <Loading what="Loading the dashboard" />}
      <ErrorMessage error={q.error} />
      {q.data && <DashboardBody data={q.data} />}
    </>
  );
}

function DashboardBody({ data }: { data: Data }) {
  const open = data.clocks.filter(
    (c) => !c.publicationState.startsWith('published') && c.publicationState !== 'not_required',
  );
  return (
    <>
      <p className="lead">Today is {formatDate(data.today)}.</p>
      <Queues data={data} />
      <section aria-labelledby="clocks-title">
        <h2 id="clocks-title">Statutory clocks</h2>
        <p>
          Responses to publish within 56 days of the report, and the chief officer&apos;s comments
          due. {open.length} of {data.clocks.length} still open.
        </p>
        <table className="table">
          <caption className="visually-hidden">Statutory clocks, most pressing first</caption>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Organisation</th>
              <th scope="col">Publish by</th>
              <th scope="col">Publication</th>
              <th scope="col">Comments due</th>
              <th scope="col">Chief officer&apos;s comments</th>
            </tr>
          </thead>
          <tbody>
            {data.clocks.slice(0, 30).map((c) => (
              <tr key={c.recordId}>
                <td>
                  <Link to={`/records/${c.recordId}`}>{c.reportTitle}</Link>
                </td>
                <td>{c.organisationName}</td>
                <td>{c.publicationDueOn ? formatDate(c.publicationDueOn) : '—'}</td>
                <td className={isLate(c.publicationState) ? 'late' : undefined}>
                  {STATE_LABEL[c.publicationState] ?? c.publicationState}
                  {c.daysRemaining !== null && !c.publicationState.startsWith('published') && (
                    <>: {days(c.daysRemaining)}</>
                  )}
                  {c.problem && <span className="hint"> {c.problem}</span>}
                </td>
                <td>{c.commentsDueOn ? formatDate(c.commentsDueOn) : '—'}</td>
                <td className={isLate(c.commentsState) ? 'late' : undefined}>
                  {STATE_LABEL[c.commentsState] ?? c.commentsState}
                  {c.commentsDaysRemaining !== null && <>: {days(c.commentsDaysRemaining)}</>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.clocks.length > 30 && (
          <p>
            <Link to="/records">All {data.clocks.length} records</Link>
          </p>
        )}
      </section>
      <div className="columns">
        <FindingList
          id="overdue"
          title="Findings overdue"
          rows={data.overdue}
          total={data.dueTotals.overdue}
          late
          today={data.today}
          all={{
            to: `/findings${findingsUrlOf({ due: 'overdue', sort: 'target_date', dir: 'asc' })}`,
            label: 'Every overdue finding and its owner',
          }}
        />
        <FindingList
          id="due-soon"
          title="Findings due in the next 14 days"
          rows={data.dueSoon}
          total={data.dueTotals.dueSoon}
          today={data.today}
          all={{
            to: `/findings${findingsUrlOf({ due: 'within', days: 14, sort: 'target_date', dir: 'asc' })}`,
            label: 'Every finding due in the next 14 days',
          }}
        />
      </div>
      <FindingList
        id="mine"
        title="My findings"
        rows={data.mine}
        total={data.dueTotals.mine}
        today={data.today}
        empty="No open findings have you as owner."
      />
      <div className="columns">
        <section aria-labelledby="by-status-title">
          <h2 id="by-status-title">Findings by status</h2>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Findings
                </th>
              </tr>
            </thead>
            <tbody>
              {data.byStatus.map((s) => (
                <tr key={s.status}>
                  <th scope="row">{STATUS_LABEL[s.status]}</th>
                  <td className="numeric">{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="by-kind-title">
          <h2 id="by-kind-title">Findings by kind</h2>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col" className="numeric">
                  Findings
                </th>
              </tr>
            </thead>
            <tbody>
              {data.byKind.map((s) => (
                <tr key={s.kind}>
                  <th scope="row">{KIND_LABEL[s.kind]}</th>
                  <td className="numeric">{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section aria-labelledby="activity-title">
        <h2 id="activity-title">Recent activity</h2>
        {data.activity.length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <ul className="activity">
            {data.activity.map((a) => (
              <li key={a.id}>
                <span className="activity__when">{formatInstant(a.at)}</span>{' '}
                {a.actor ?? 'The system'}: {actionLabel(a.action)} ·{' '}
                <AuditSubject target={a.target} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/audit">The full audit log</Link>
        </p>
      </section>
    </>
  );
}

function FindingList({
  id,
  title,
  rows,
  total,
  late,
  empty = 'None.',
  today,
  all,
}: {
  id: string;
  title: string;
  rows: Data['overdue'];
  /** The whole list's size: the server sends the first 50 rows. */
  total: number;
  late?: boolean;
  empty?: string;
  today: string;
  /** The findings list of the whole organisation's rows (the dashboard shows the first 10). */
  all?: { to: string; label: string };
}) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} ({total})
      </h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="finding-list">
          {rows.slice(0, 10).map((f) => (
            <li key={f.findingId}>
              <Link to={`/records/${f.recordId}/findings/${f.findingId}`}>
                {f.ref} · {KIND_LABEL[f.kind]}
                {f.title && <>: {f.title}</>}
              </Link>{' '}
              in {f.reportTitle}
              <br />
              <span className={late ? 'late' : 'hint'}>
                Target {formatDate(f.targetDate)}
                {daysBetween(f.targetDate, today) > 0 && (
                  <>, {daysBetween(f.targetDate, today)} days overdue</>
                )}
              </span>{' '}
              · {STATUS_LABEL[f.status]}
              {ownerText(f) && <> · {ownerText(f)}</>}
            </li>
          ))}
        </ul>
      )}
      {all && rows.length > 0 && (
        <p>
          <Link to={all.to}>{all.label}</Link>
        </p>
      )}
    </section>
  );
}

/** What needs me: each count a link to the list of exactly those items. */
function Queues({ data }: { data: Data }) {
  const trpc = useTRPC();
  const saved = useQuery(trpc.savedFilters.list.queryOptions());
  const q = data.queues;
  const findings = (key: keyof typeof MY_FINDINGS_QUEUES) =>
    `/findings${findingsUrlOf(MY_FINDINGS_QUEUES[key])}`;
  const rows: { label: string; count: number; to: string }[] = [
    {
      label: 'Awaiting my review',
      count: q.awaitingMyReview,
      to: '/records?queue=awaiting_my_review',
    },
    {
      label: 'Sent back to me with changes requested',
      count: q.changesRequested,
      to: '/records?queue=changes_requested',
    },
    { label: 'My findings overdue', count: q.myFindings.overdue, to: findings('overdue') },
    { label: 'My findings due today', count: q.myFindings.dueToday, to: findings('dueToday') },
    {
      label: 'My findings due within 14 days',
      count: q.myFindings.dueWithin14,
      to: findings('dueWithin14'),
    },
    {
      label: 'My findings due within 45 days',
      count: q.myFindings.dueWithin45,
      to: findings('dueWithin45'),
    },
    {
      label: '56-day limit within 14 days, not published',
      count: q.statutoryNear,
      to: '/records?queue=statutory_near',
    },
    {
      label: '56-day limit passed, not published',
      count: q.statutoryPassed,
      to: '/records?queue=statutory_passed',
    },
  ];
  return (
    <section aria-labelledby="queues-title">
      <h2 id="queues-title">What needs me</h2>
      <ul className="queues">
        {rows.map((r) => (
          <li key={r.label}>
            <Link to={r.to}>
              {r.label}: <strong>{r.count}</strong>
            </Link>
          </li>
        ))}
      </ul>
      {saved.data && saved.data.length > 0 && (
        <>
          <h3>My saved filters</h3>
          <ul>
            {saved.data.map((f) => (
              <li key={f.id}>
                <Link to={`/findings${findingsUrlOf(f.query)}`}>{f.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/findings">Every finding</Link>
      </p>
    </section>
  );
}
