/** @jsxRuntime automatic */
import { day, grade, to } from './labels.js';
import { SITE_NAME } from './layout.js';
import { ReportList } from './reports.js';
import type { Out } from './types.js';

type Forces = Out<'organisations'>;

function SearchForm({ q = '' }: { q?: string }) {
  return (
    <form className="search-form" action="/search" method="get" role="search">
      <label htmlFor="q">Search findings, updates and responses</label>
      <div className="search-row">
        <input type="search" id="q" name="q" defaultValue={q} maxLength={200} autoComplete="off" />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}

function ForcesList({ forces }: { forces: Forces }) {
  return (
    <ul className="force-list">
      {forces.map((f) => (
        <li key={f.slug}>
          <a href={to.force(f.slug)}>{f.name}</a>{' '}
          <span className="meta">{`(${f.publishedResponses} published ${f.publishedResponses === 1 ? 'response' : 'responses'})`}</span>
        </li>
      ))}
    </ul>
  );
}

export function HomePage({
  latest,
  forces,
  reports,
}: {
  latest: Out<'latest'>;
  forces: Forces;
  reports: Out<'reports'>;
}) {
  const seen = new Set<string>();
  const responses = latest
    .filter((e) => e.summary !== null && !seen.has(e.recordId) && seen.add(e.recordId))
    .slice(0, 8);
  return (
    <>
      <h1>{SITE_NAME}</h1>
      <p className="lead">
        Police and crime commissioners must publish their response to every HMICFRS inspection
        report about their force within 56 days. Read the responses, see what the inspectorate
        found, and follow each finding until it is closed.
      </p>
      <SearchForm />
      <h2>Latest published responses</h2>
      {responses.length === 0 ? (
        <p>No responses have been published yet.</p>
      ) : (
        <ul className="cards">
          {responses.map((e) => (
            <li key={e.recordId} className="card">
              <h3 className="card-title">
                <a href={to.response(e.organisation.slug, e.responseSlug)}>{e.report.title}</a>
              </h3>
              <p className="meta">
                {`${e.organisation.name} · version ${e.version}, published ${day(e.publishedAt)}${e.overallGrade ? ` · overall grade: ${grade(e.overallGrade)}` : ''}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2>Reports</h2>
      <p>Which forces published their response to each report, on time, late or not yet.</p>
      <ReportList reports={reports.slice(0, 8)} />
      {reports.length > 8 ? (
        <p>
          <a href="/reports">{`All ${reports.length} reports`}</a>
        </p>
      ) : null}
      <h2>Forces</h2>
      <ForcesList forces={forces} />
      <h2>Open data</h2>
      <p>
        Every finding and every response can be downloaded as CSV or JSON, for any search.{' '}
        <a href="/open-data">About the open data</a>.
      </p>
    </>
  );
}

export function ForcesPage({ forces }: { forces: Forces }) {
  return (
    <>
      <h1>Forces</h1>
      <ForcesList forces={forces} />
    </>
  );
}
