/** @jsxRuntime automatic */
import { TYPE_LABEL, date, label, to } from './labels.js';
import type { Out } from './types.js';

type Reports = Out<'reports'>;

/** Reports newest first, each linking to its page on the register of reports. */
export function ReportList({ reports }: { reports: Reports }) {
  if (reports.length === 0) return <p>No responses to any report have been published yet.</p>;
  return (
    <ul className="force-list">
      {reports.map((r) => (
        <li key={r.slug}>
          <a href={to.report(r.slug)}>{r.title}</a>{' '}
          <span className="meta">{`(${[
            r.national ? 'national' : label(TYPE_LABEL, r.type),
            `published ${date(r.publishedOn)}`,
            `${r.publishedResponses} ${r.publishedResponses === 1 ? 'response' : 'responses'} published`,
          ].join(', ')})`}</span>
        </li>
      ))}
    </ul>
  );
}

/** The register of reports: every report a response has been published to. */
export function ReportsPage({ reports }: { reports: Reports }) {
  return (
    <>
      <h1>Reports</h1>
      <p className="lead">
        Every HMICFRS report a response has been published to. Each report’s page lists the forces
        it relates to and whether each one published its response on time, late, or not yet.
      </p>
      <ReportList reports={reports} />
    </>
  );
}
