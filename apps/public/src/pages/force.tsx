/** @jsxRuntime automatic */
import { StackedTable } from './stacked-table.js';
import { ComplianceSection } from './compliance.js';
import { KIND_PLURAL, STATUS_LABEL, TYPE_LABEL, date, grade, label, to } from './labels.js';
import type { Out } from './types.js';

const STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'closed',
  'superseded',
  'no_longer_applicable',
] as const;
const KINDS = ['recommendation', 'cause_of_concern', 'area_for_improvement'] as const;

type Overview = Out<'forceOverview'>;

function onTimeText(onTime: boolean | null): string {
  if (onTime === null) return 'Not applicable';
  return onTime ? 'Yes' : 'No (late)';
}

export function forceFeed(slug: string, name: string) {
  return { href: `${to.force(slug)}/feed.xml`, title: `Responses for ${name}` };
}

function ResponsesTable({ o, slug }: { o: Overview; slug: string }) {
  return (
    <StackedTable
      id="responses-caption"
      caption="Every published response, newest report first"
      headers={[
        'Report',
        'Type',
        'Report published',
        'Response due',
        'First published',
        'Within 56 days',
        'Overall grade',
      ]}
    >
      {o.responses.map((r) => (
        <tr key={r.reportSlug}>
          <th scope="row">
            <a href={to.response(slug, r.responseSlug)}>{r.reportTitle}</a>{' '}
            {r.withdrawn ? (
              <strong className="tag tag--withdrawn">Withdrawn</strong>
            ) : (
              <span className="meta">{`version ${r.version}`}</span>
            )}{' '}
            <a className="meta" href={to.report(r.reportSlug)}>
              Every force’s response
              <span className="visually-hidden">{` to ${r.reportTitle}`}</span>
            </a>
          </th>
          <td>{label(TYPE_LABEL, r.reportType)}</td>
          <td>{date(r.reportPublishedOn)}</td>
          <td>{r.publicationDueOn ? date(r.publicationDueOn) : 'No fixed limit'}</td>
          <td>{date(r.firstPublishedOn)}</td>
          <td>{onTimeText(r.onTime)}</td>
          <td>{r.withdrawn ? '' : grade(r.overallGrade)}</td>
        </tr>
      ))}
    </StackedTable>
  );
}

function GradesOverTime({ o, slug }: { o: Overview; slug: string }) {
  if (o.grades.length === 0) return <p>No graded inspections have been published.</p>;
  return (
    <ol className="grades-over-time">
      {o.grades.map((g) => (
        <li key={g.reportSlug}>
          <h3>
            {`${date(g.reportPublishedOn)}: `}
            <a href={to.response(slug, g.responseSlug)}>{g.reportTitle}</a>
          </h3>
          <ul>
            {g.grades.map((x, i) => (
              <li key={i}>
                {`${x.scope.level === 'overall' ? 'Overall' : x.scope.level === 'pillar' ? x.scope.pillar : x.scope.area}: `}
                <strong>{grade(x.value)}</strong>
                {x.carriedOver ? ' (carried over)' : ''}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function FindingsTable({ o, slug }: { o: Overview; slug: string }) {
  const count = (kind: string, status: string) =>
    o.findings.find((f) => f.kind === kind && f.status === status)?.count ?? 0;
  const overdue = (kind: string) =>
    o.findings.filter((f) => f.kind === kind).reduce((n, f) => n + f.overdue, 0);
  const searchHref = (params: Record<string, string>) =>
    `/search?${new URLSearchParams({ organisationSlug: slug, ...params }).toString()}`;
  return (
    <StackedTable
      id="findings-caption"
      caption="Findings in the current published responses, by their status today"
      headers={['Kind', ...STATUSES.map((s) => STATUS_LABEL[s]!), 'Overdue']}
    >
      {KINDS.map((k) => (
        <tr key={k}>
          <th scope="row">{KIND_PLURAL[k]}</th>
          {STATUSES.map((s) => {
            const n = count(k, s);
            return (
              <td key={s}>{n > 0 ? <a href={searchHref({ kind: k, status: s })}>{n}</a> : '0'}</td>
            );
          })}
          <td>{overdue(k)}</td>
        </tr>
      ))}
    </StackedTable>
  );
}

export function ForcePage({
  overview: o,
  slug,
  compliance,
}: {
  overview: Overview;
  slug: string;
  compliance: Out<'compliance'>;
}) {
  const name = o.organisation.name;
  const feed = forceFeed(slug, name);
  return (
    <>
      <h1>{name}</h1>
      <h2>Reports and responses</h2>
      {o.responses.length === 0 ? (
        <p>{`No responses have been published for ${name} yet.`}</p>
      ) : (
        <ResponsesTable o={o} slug={slug} />
      )}
      <h2>Compliance at a glance</h2>
      <ComplianceSection c={compliance} headingLevel={3} />
      <p>
        <a
          href={`${to.force(slug)}/compliance`}
        >{`Compliance of ${name} over a period you choose`}</a>
      </p>
      <h2>Grades over time</h2>
      <GradesOverTime o={o} slug={slug} />
      <h2>Findings by kind and status</h2>
      <FindingsTable o={o} slug={slug} />
      <h2>Take the data away</h2>
      <ul>
        <li>
          <a href={`/data/findings.csv?organisationSlug=${slug}`}>{`Findings for ${name} (CSV)`}</a>
        </li>
        <li>
          <a
            href={`/data/findings.json?organisationSlug=${slug}`}
          >{`Findings for ${name} (JSON)`}</a>
        </li>
        <li>
          <a
            href={`/data/responses.csv?organisationSlug=${slug}`}
          >{`Responses for ${name} (CSV)`}</a>
        </li>
      </ul>
      <h2>Hear when something changes</h2>
      <ul>
        <li>
          <a href={to.alerts({ force: slug })}>{`Get email alerts about ${name}`}</a>
        </li>
        <li>
          <a href={feed.href}>{`Atom feed of changes for ${name}`}</a>
        </li>
      </ul>
    </>
  );
}
