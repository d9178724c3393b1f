/** @jsxRuntime automatic */
import { StackedTable } from './stacked-table.js';
import { LICENCE, OGL_URL } from './layout.js';

/** A documented column of a download: its name and meaning. */
export interface ColumnDoc {
  name: string;
  description: string;
}

function ColumnsTable({
  id,
  caption,
  columns,
}: {
  id: string;
  caption: string;
  columns: readonly ColumnDoc[];
}) {
  return (
    <StackedTable id={id} caption={caption} headers={['Column', 'Meaning']}>
      {columns.map((c) => (
        <tr key={c.name}>
          <th scope="row">
            <code>{c.name}</code>
          </th>
          <td>{c.description}</td>
        </tr>
      ))}
      <tr>
        <th scope="row">
          <code>licence</code>
        </th>
        <td>{LICENCE}</td>
      </tr>
    </StackedTable>
  );
}

export function OpenDataPage({
  findingColumns,
  responseColumns,
}: {
  findingColumns: readonly ColumnDoc[];
  responseColumns: readonly ColumnDoc[];
}) {
  return (
    <>
      <h1>Open data</h1>
      <p className="lead">
        Every published finding and response can be downloaded, for any search, as CSV or JSON.
        Values keep the register’s own codes (for example <code>in_progress</code>,{' '}
        <code>requires_improvement</code>) so they can be joined and compared.
      </p>
      <p>
        {LICENCE} <a href={OGL_URL}>Read the Open Government Licence v3.0</a>.
      </p>
      <h2>Downloads</h2>
      <ul>
        <li>
          Findings: <a href="/data/findings.csv">findings.csv</a> ·{' '}
          <a href="/data/findings.json">findings.json</a>
        </li>
        <li>
          Responses: <a href="/data/responses.csv">responses.csv</a> ·{' '}
          <a href="/data/responses.json">responses.json</a>
        </li>
        <li>
          Every public change (new and withdrawn responses, public updates, status and target date
          changes): <a href="/feed.xml">Atom feed</a> (each force, report and finding has its own,
          at <code>{'/forces/<force>/feed.xml'}</code>, <code>{'/reports/<report>/feed.xml'}</code>{' '}
          and the finding's address followed by <code>/feed.xml</code>)
        </li>
        <li>
          Compliance at a glance: <a href="/data/compliance.csv">compliance.csv</a> ·{' '}
          <a href="/data/compliance.json">compliance.json</a>
        </li>
        <li>
          Every page: <a href="/sitemap.xml">sitemap.xml</a>
        </li>
        <li>
          Description for tools: <a href="/data/datapackage.json">datapackage.json</a> (a
          Frictionless Data Package with a Table Schema for each CSV), and JSON Schema for{' '}
          <a href="/data/findings.schema.json">findings.json</a> and{' '}
          <a href="/data/responses.schema.json">responses.json</a>
        </li>
      </ul>
      <p>
        Programs can also read the register a page at a time, as JSON with paging and caching,
        through the <a href="/api">API for developers</a>.
      </p>
      <h2>Filters</h2>
      <p>
        Add the filters of the <a href="/search">search page</a> to a download’s address:{' '}
        <code>q</code> (words), <code>organisationSlug</code>, <code>year</code>,{' '}
        <code>reportType</code>, <code>kind</code>, <code>status</code>, <code>grade</code> and{' '}
        <code>area</code>. For example{' '}
        <a href="/data/findings.csv?kind=recommendation&status=in_progress">
          /data/findings.csv?kind=recommendation&amp;status=in_progress
        </a>
        . Responses take <code>organisationSlug</code>, <code>year</code> and{' '}
        <code>reportType</code>. A filter or value a download does not know is refused with a
        message listing the ones it takes.
      </p>
      <p>
        The CSV files are plain UTF-8. For Microsoft Excel, which needs a byte-order mark to read
        UTF-8, add <code>excel=1</code>: <a href="/data/findings.csv?excel=1">findings for Excel</a>{' '}
        · <a href="/data/responses.csv?excel=1">responses for Excel</a>.
      </p>
      <p>
        Only published responses are included. Withdrawn responses appear in responses.csv with{' '}
        <code>withdrawn</code> true and their content columns empty; their findings are not
        included.
      </p>
      <h2>Findings columns</h2>
      <ColumnsTable
        id="finding-columns"
        caption="Columns of findings.csv (and fields of each row in findings.json)"
        columns={findingColumns}
      />
      <h2>Responses columns</h2>
      <ColumnsTable
        id="response-columns"
        caption="Columns of responses.csv (and fields of each row in responses.json)"
        columns={responseColumns}
      />
      <h2>Formats</h2>
      <p>
        CSV files are UTF-8, comma-separated with a header row and CRLF line ends (RFC 4180); empty
        cells mean no value. A text cell that would start with <code>=</code>, <code>+</code>,{' '}
        <code>-</code> or <code>@</code> is prefixed with an apostrophe so spreadsheets do not run
        it. JSON files hold <code>licence</code>, <code>filters</code>, <code>columns</code> (name
        and meaning) and <code>rows</code>.
      </p>
    </>
  );
}

export function AccessibilityPage() {
  return (
    <>
      <h1>Accessibility statement</h1>
      <p className="lead">
        This statement applies to the public pages of the Inspection Response Register. We want as
        many people as possible to be able to use it.
      </p>
      <h2>Using this website</h2>
      <p>You should be able to:</p>
      <ul>
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole website using just a keyboard</li>
        <li>navigate the website using speech recognition software</li>
        <li>listen to the website using a screen reader</li>
        <li>read every page with JavaScript switched off</li>
        <li>print a response so that it reads like the document the office publishes</li>
      </ul>
      <h2>How accessible this website is</h2>
      <p>
        Each page is tested with automated checks (axe) in Chromium, by keyboard, at 320 pixels wide
        and at 200% zoom. We know of no part of the public pages that fails the Web Content
        Accessibility Guidelines version 2.2 AA standard.
      </p>
      <p>
        Rich text in responses is written by the offices that publish them. Links to reports lead to
        the HMICFRS website, which has its own accessibility statement.
      </p>
      <h2>Feedback and contact information</h2>
      <p>
        If you find a problem, or need information in a different format, contact the office of the
        police and crime commissioner for the force concerned. Tell them the web address of the page
        and what the problem is.
      </p>
      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
        Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the
        ‘accessibility regulations’). If you are not happy with how your complaint is handled,
        contact the{' '}
        <a href="https://www.equalityadvisoryservice.com/">
          Equality Advisory and Support Service (EASS)
        </a>
        .
      </p>
      <h2>Technical information about this website’s accessibility</h2>
      <p>
        This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA
        standard.
      </p>
    </>
  );
}

export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        If you typed the web address, check it is correct. If you pasted it, check you copied the
        entire address.
      </p>
      <p>
        A response that has been withdrawn keeps its address and says so.{' '}
        <a href="/search">Search the register</a> or <a href="/forces">browse the forces</a>.
      </p>
    </>
  );
}

/** An address the register cannot read (a query with a NUL character): says what, not a bare error. */
export function BadRequestPage({ problem }: { problem: string }) {
  return (
    <>
      <h1>This address cannot be read</h1>
      <p>{problem}</p>
      <p>
        Check the address, or <a href="/search">search the register</a> afresh.
      </p>
    </>
  );
}
