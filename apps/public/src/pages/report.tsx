/** @jsxRuntime automatic */
import { StackedTable } from './stacked-table.js';
import { responseStateText } from './report-state.js';
import { StatusTag } from './findings.js';
import { RichText } from './rich-text.js';
import { ACCEPTANCE_LABEL, TYPE_LABEL, date, label, to, updateDate } from './labels.js';
import type { Out } from './types.js';

type Report = Out<'report'>;
type Force = Report['forces'][number];

const published = (f: Force) => f.response.state.startsWith('published');

/** The count above the table: "3 of 4 published (1 late), 1 overdue, 1 not required." */
function tally(forces: Report['forces']): string {
  const n = (...states: Force['response']['state'][]) =>
    forces.filter((f) => states.includes(f.response.state)).length;
  const late = n('published_late');
  const parts = [
    `${forces.filter(published).length} of ${forces.length} published${late ? ` (${late} late)` : ''}`,
    ...(
      [
        [n('overdue'), 'overdue'],
        [n('due'), 'due'],
        [n('not_required'), 'not required'],
        [n('no_fixed_limit'), 'unpublished with no fixed time limit'],
      ] as const
    )
      .filter(([count]) => count > 0)
      .map(([count, what]) => `${count} ${what}`),
  ];
  return `${parts.join(', ')}.`;
}

function Details({ r }: { r: Report }) {
  const { report } = r;
  return (
    <dl className="summary-list">
      <div>
        <dt>Inspectorate</dt>
        <dd>
          {report.link ? (
            <a href={report.link}>
              {report.inspectorate}
              <span className="visually-hidden"> (the report on the HMICFRS website)</span>
            </a>
          ) : (
            report.inspectorate
          )}
        </dd>
      </div>
      <div>
        <dt>Type of inspection</dt>
        <dd>{label(TYPE_LABEL, report.type)}</dd>
      </div>
      <div>
        <dt>Report published</dt>
        <dd>{date(report.publishedOn)}</dd>
      </div>
      <div>
        <dt>Responses due by</dt>
        <dd>
          {r.publicationDueOn
            ? `${date(r.publicationDueOn)} (police forces)`
            : report.publishedOn
              ? 'No fixed time limit (report before 2 May 2017)'
              : 'Not known: the report’s publication date is not recorded'}
        </dd>
      </div>
      <div>
        <dt>Covers</dt>
        <dd>{report.national ? 'Every force (a national report)' : 'The forces listed below'}</dd>
      </div>
    </dl>
  );
}

/** A report on the register: every force it relates to and where each one's response stands today. */
/**
 * The same finding as each force answered it, when more than one force has published a response: a
 * national or thematic report's recommendations side by side, each force's row linking to its finding.
 */
function Comparison({ r }: { r: Report }) {
  const forces = new Set(r.comparison.flatMap((g) => g.forces.map((f) => f.organisation.slug)));
  if (forces.size < 2) return null;
  return (
    <>
      <h2 id="comparison">How each force answered each finding</h2>
      <p className="meta">
        Findings are matched across forces by the report’s own number for them. Status, target date
        and latest update are as each force reports them today.
      </p>
      {r.comparison.map((g, i) => (
        <section key={`${g.kind} ${g.name}`} aria-labelledby={`comparison-${i}`}>
          <h3 id={`comparison-${i}`}>{g.name}</h3>
          <StackedTable
            id={`comparison-${i}-caption`}
            caption={`${g.name}: each force’s answer`}
            headers={['Force', 'Response', 'Status', 'Target date', 'Latest public update']}
          >
            {g.forces.map((f) => (
              <tr key={f.organisation.slug}>
                <th scope="row">
                  <a href={to.finding(f.organisation.slug, f.responseSlug, f.ref)}>
                    {f.organisation.name}
                    <span className="visually-hidden">{`: ${g.name}`}</span>
                  </a>
                  {f.title ? <span className="meta">{` ${f.title}`}</span> : null}
                </th>
                <td>{f.acceptance ? label(ACCEPTANCE_LABEL, f.acceptance) : 'Not stated'}</td>
                <td>
                  <StatusTag status={f.status} overdue={f.overdue} />
                </td>
                <td>{f.targetDate ? date(f.targetDate) : 'None set'}</td>
                <td>
                  {f.latestUpdate ? (
                    <>
                      <p className="update-title">
                        <strong>
                          {f.latestUpdate.date
                            ? updateDate(f.latestUpdate.date, f.latestUpdate.datePrecision)
                            : 'Undated'}
                        </strong>
                      </p>
                      <RichText value={f.latestUpdate.text} />
                    </>
                  ) : (
                    'None yet'
                  )}
                </td>
              </tr>
            ))}
          </StackedTable>
        </section>
      ))}
    </>
  );
}

export function ReportPage({ r }: { r: Report }) {
  return (
    <>
      <p className="caption">HMICFRS inspection report</p>
      <h1>{r.report.title}</h1>
      <Details r={r} />
      <h2 id="responses">Each force’s response</h2>
      <p>{`As of ${date(r.today)}: ${tally(r.forces)}`}</p>
      <p className="meta">
        A police and crime commissioner must publish a response within 56 days of the report (the
        day it was published is day 1), for reports published from 2 May 2017. Fire and rescue
        services have no such duty.
      </p>
      <StackedTable
        id="register-caption"
        caption={`Responses to this report, as of ${date(r.today)}`}
        headers={['Force', 'Response', 'Details']}
      >
        {r.forces.map((f) => {
          const t = responseStateText(f.response);
          const org = f.organisation;
          return (
            <tr key={org.slug} data-force={org.slug}>
              <th scope="row">
                <a href={to.force(org.slug)}>{org.name}</a>
              </th>
              <td>
                <strong className={`tag tag--${t.tone}`}>{t.state}</strong>
                {f.withdrawn ? (
                  <>
                    {' '}
                    <strong className="tag tag--withdrawn">Withdrawn</strong>
                  </>
                ) : null}
              </td>
              <td>
                {t.detail}
                {published(f) && f.responseSlug ? (
                  <>
                    {' '}
                    <a href={to.response(org.slug, f.responseSlug)}>
                      Read the response
                      <span className="visually-hidden">{` of ${org.name}`}</span>
                    </a>
                  </>
                ) : null}
              </td>
            </tr>
          );
        })}
      </StackedTable>
      <Comparison r={r} />
      <h2>Hear when something changes</h2>
      <ul>
        <li>
          <a href={to.alerts({ report: r.report.slug })}>
            Get email alerts when a force publishes or updates its response to this report
          </a>
        </li>
        <li>
          <a href={`${to.report(r.report.slug)}/feed.xml`}>
            Atom feed of changes to this report’s responses
          </a>
        </li>
      </ul>
    </>
  );
}
