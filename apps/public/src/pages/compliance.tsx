/** @jsxRuntime automatic */
import { StackedTable } from './stacked-table.js';
import { date } from './labels.js';
import type { Out } from './types.js';

type Compliance = Out<'compliance'>;
type Figures = Compliance['total'];

/** One coloured part of a bar: its name, its count and its colour (each 3:1 or more against white). */
interface Part {
  name: string;
  value: number;
  colour: string;
}

const RESPONSE_PARTS = (f: Figures): Part[] => [
  { name: 'On time', value: f.responses.onTime, colour: '#00703c' },
  { name: 'Late', value: f.responses.late, colour: '#b58840' },
  { name: 'Missing (overdue)', value: f.responses.missing, colour: '#d4351c' },
  { name: 'Not yet due', value: f.responses.due, colour: '#1d70b8' },
];
const FINDING_PARTS = (f: Figures): Part[] => [
  { name: 'Closed', value: f.findings.closed, colour: '#00703c' },
  { name: 'Open, not overdue', value: f.findings.open - f.findings.overdue, colour: '#1d70b8' },
  { name: 'Open and overdue', value: f.findings.overdue, colour: '#d4351c' },
];

const BAR = 28;
const GAP = 12;
const LABEL = 64;
const WIDTH = 640;

/**
 * A horizontal stacked bar per row, drawn on the server as SVG: an image with a title and a description
 * for assistive technology (the numbers are in the table after it), a key in words, no script.
 */
function StackedBars({
  id,
  title,
  rows,
}: {
  id: string;
  title: string;
  rows: { label: string; parts: Part[] }[];
}) {
  const most = Math.max(1, ...rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0)));
  const height = rows.length * (BAR + GAP) + GAP;
  const scale = (WIDTH - LABEL - 8) / most;
  const key = rows[0]?.parts ?? [];
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="chart-svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {rows
            .map(
              (r) =>
                `${r.label}: ${r.parts.map((p) => `${p.value} ${p.name.toLowerCase()}`).join(', ')}`,
            )
            .join('. ')}
        </desc>
        {rows.map((r, i) => {
          const y = GAP + i * (BAR + GAP);
          let x = LABEL;
          return (
            <g key={r.label}>
              <text x={0} y={y + BAR / 2 + 6} className="chart-label">
                {r.label}
              </text>
              {r.parts.map((p) => {
                const w = p.value * scale;
                const rect = (
                  <rect
                    key={p.name}
                    x={x}
                    y={y}
                    width={w}
                    height={BAR}
                    fill={p.colour}
                    stroke="#fff"
                    strokeWidth={2}
                  />
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-key">
          {key.map((p) => (
            <li key={p.name}>
              <svg viewBox="0 0 16 16" className="chart-swatch" aria-hidden="true">
                <rect width={16} height={16} fill={p.colour} />
              </svg>
              {p.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

const days = (n: number | null) => (n === null ? 'None yet' : `${Math.round(n)} days`);

/** The figures as a table: what the charts draw, in numbers, by year and in total. */
function FiguresTable({ c, id }: { c: Compliance; id: string }) {
  const rows: [string, Figures][] = [
    ...c.years.map((y): [string, Figures] => [String(y.year), y.figures]),
    ['All', c.total],
  ];
  return (
    <StackedTable
      id={`${id}-caption`}
      caption="Responses and findings by the year of the report"
      headers={[
        'Year',
        'On time',
        'Late',
        'Missing',
        'Not yet due',
        'No time limit',
        'Median days to publish',
        'Findings open',
        'Of which overdue',
        'Findings closed',
        'Median days to close',
      ]}
    >
      {rows.map(([label, f]) => (
        <tr key={label}>
          <th scope="row">{label}</th>
          <td>{f.responses.onTime}</td>
          <td>{f.responses.late}</td>
          <td>{f.responses.missing}</td>
          <td>{f.responses.due}</td>
          <td>{f.responses.noLimit}</td>
          <td>{days(f.medianDaysToPublish)}</td>
          <td>{f.findings.open}</td>
          <td>{f.findings.overdue}</td>
          <td>{f.findings.closed}</td>
          <td>{days(f.medianDaysToClose)}</td>
        </tr>
      ))}
    </StackedTable>
  );
}

/** The query of a compliance download or page for these figures' force and period. */
function complianceQuery(c: Compliance): string {
  const q = new URLSearchParams();
  if (c.organisation) q.set('organisationSlug', c.organisation.slug);
  if (c.from) q.set('from', c.from);
  if (c.to) q.set('to', c.to);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Compliance at a glance: the headline figures, the two charts with their numbers, and the downloads. */
export function ComplianceSection({ c, headingLevel }: { c: Compliance; headingLevel: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const id = c.organisation ? `compliance-${c.organisation.slug}` : 'compliance';
  const t = c.total;
  const published = t.responses.onTime + t.responses.late;
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Responses published on time</dt>
          <dd>{`${t.responses.onTime} of ${published + t.responses.missing} due so far`}</dd>
        </div>
        <div>
          <dt>Published late</dt>
          <dd>{t.responses.late}</dd>
        </div>
        <div>
          <dt>Missing (overdue and unpublished)</dt>
          <dd>{t.responses.missing}</dd>
        </div>
        <div>
          <dt>Median time to publish</dt>
          <dd>{days(t.medianDaysToPublish)}</dd>
        </div>
        <div>
          <dt>Findings open</dt>
          <dd>{`${t.findings.open} (${t.findings.overdue} overdue)`}</dd>
        </div>
        <div>
          <dt>Findings closed</dt>
          <dd>{`${t.findings.closed}, a median of ${days(t.medianDaysToClose)} after the response`}</dd>
        </div>
      </dl>
      {c.years.length === 0 ? (
        <p>No reports with a publication date in this period.</p>
      ) : (
        <>
          <H>Responses by the year of the report</H>
          <StackedBars
            id={`${id}-responses`}
            title="Responses by the year of the report: on time, late, missing and not yet due"
            rows={c.years.map((y) => ({ label: String(y.year), parts: RESPONSE_PARTS(y.figures) }))}
          />
          <H>Findings by the year of the report</H>
          <StackedBars
            id={`${id}-findings`}
            title="Findings by the year of the report: closed, open, and open and overdue"
            rows={c.years.map((y) => ({ label: String(y.year), parts: FINDING_PARTS(y.figures) }))}
          />
          <H>The numbers</H>
          <FiguresTable c={c} id={`${id}-table`} />
        </>
      )}
      <p className="downloads">
        {'Download these figures: '}
        <a href={`/data/compliance.csv${complianceQuery(c)}`}>CSV</a>
        {', '}
        <a href={`/data/compliance.json${complianceQuery(c)}`}>JSON</a>
      </p>
      <p className="meta">
        {`Judged on ${date(c.today)}. A police and crime commissioner must publish a response within 56 days of the report (the day it was published is day 1), for reports published from 2 May 2017; fire and rescue services have no such duty, so their responses, and those to earlier reports, count under "no time limit" and never as late.`}
      </p>
    </>
  );
}

/** The years a period may start and end in, newest first. */
function years(today: string): number[] {
  const last = Number(today.slice(0, 4));
  return Array.from({ length: last - 2013 + 1 }, (_, i) => last - i);
}

/** One end of the period: any year, or one from 2013 to this year, newest first. */
function YearSelect(props: { name: 'from' | 'to'; label: string; chosen: string; today: string }) {
  const id = `period-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={props.chosen}>
        <option value="">Any year</option>
        {years(props.today).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The compliance page, national or of one force, with its period chosen by a plain GET form. */
export function CompliancePage({ c }: { c: Compliance }) {
  const fromYear = c.from?.slice(0, 4) ?? '';
  const toYear = c.to?.slice(0, 4) ?? '';
  const action = c.organisation
    ? `/forces/${encodeURIComponent(c.organisation.slug)}/compliance`
    : '/compliance';
  return (
    <>
      <h1>
        {c.organisation
          ? `${c.organisation.name}: compliance at a glance`
          : 'Compliance at a glance'}
      </h1>
      <p className="lead">
        {c.organisation
          ? `Whether ${c.organisation.name} published its responses to HMICFRS reports on time, and how its findings are progressing.`
          : 'Whether every force published its responses to HMICFRS reports on time, and how their findings are progressing.'}
      </p>
      <form action={action} method="get" className="period-form">
        <fieldset className="filters">
          <legend>Reports published in</legend>
          <YearSelect name="from" label="From the start of" chosen={fromYear} today={c.today} />
          <YearSelect name="to" label="To the end of" chosen={toYear} today={c.today} />
          <div className="field">
            <button type="submit" className="button-secondary">
              Show this period
            </button>
          </div>
        </fieldset>
      </form>
      <ComplianceSection c={c} headingLevel={2} />
    </>
  );
}
