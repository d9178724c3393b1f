/** @jsxRuntime automatic */
import { FACET_NAME_LABELS, richTextToPlainText } from '@irr/domain';
import { KIND_LABEL, STATUS_LABEL, TYPE_LABEL, date, grade, label, to } from './labels.js';
import { Snippet } from './rich-text.js';
import type { Out } from './types.js';

type Result = Out<'searchAll'>;

/** The filters of a search, as the server read them from the address (invalid values already dropped). */
export interface SearchFilters {
  q?: string | undefined;
  organisationSlug?: string | undefined;
  year?: number | undefined;
  reportType?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  grade?: string | undefined;
  area?: string | undefined;
}

function query(
  filters: SearchFilters,
  extra: Record<string, string | number | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra }))
    if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

const FACETS: {
  name: keyof Result['facets'] & keyof SearchFilters;
  label: string;
  labelOf: (value: string, fallback: string) => string;
}[] = [
  { name: 'organisationSlug', label: FACET_NAME_LABELS.organisationSlug, labelOf: (_v, l) => l },
  { name: 'year', label: FACET_NAME_LABELS.year, labelOf: (v) => v },
  { name: 'reportType', label: FACET_NAME_LABELS.reportType, labelOf: (v) => label(TYPE_LABEL, v) },
  { name: 'kind', label: FACET_NAME_LABELS.kind, labelOf: (v) => label(KIND_LABEL, v) },
  { name: 'status', label: FACET_NAME_LABELS.status, labelOf: (v) => label(STATUS_LABEL, v) },
  { name: 'grade', label: FACET_NAME_LABELS.grade, labelOf: (v) => grade(v) },
  { name: 'area', label: FACET_NAME_LABELS.area, labelOf: (_v, l) => l },
];

/** The first words of a finding as plain text. */
function excerpt(text: string): string {
  const plain = richTextToPlainText(text).replace(/\s+/g, ' ').trim();
  return plain.length > 240 ? `${plain.slice(0, 240).replace(/\s+\S*$/, '')}…` : plain;
}

export function searchPageTitle(filters: SearchFilters): string {
  return filters.q ? `${filters.q} – Search` : 'Search';
}

function Facet({
  facet,
  result,
  chosen,
}: {
  facet: (typeof FACETS)[number];
  result: Result;
  chosen: string | number | undefined;
}) {
  const { name, label: text, labelOf } = facet;
  const values = result.facets[name] ?? [];
  const selected = chosen === undefined ? '' : String(chosen);
  const missing = chosen !== undefined && !values.some((v) => v.value === selected);
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{text}</label>
      <select id={`filter-${name}`} name={name} defaultValue={selected || undefined}>
        <option value="">Any</option>
        {values.map((v) => (
          <option
            key={v.value}
            value={v.value}
          >{`${labelOf(v.value, v.label)} (${v.count})`}</option>
        ))}
        {missing ? <option value={selected}>{`${labelOf(selected, selected)} (0)`}</option> : null}
      </select>
    </div>
  );
}

function Findings({ result }: { result: Result }) {
  if (result.findings.length === 0)
    return <p>No findings match. Try fewer words or fewer filters.</p>;
  return (
    <ol className="results">
      {result.findings.map((r) => (
        <li key={`${r.organisationSlug}/${r.reportSlug}/${r.ref}`} className="result">
          <h3 className="card-title">
            <a
              href={to.finding(r.organisationSlug, r.responseSlug, r.ref)}
            >{`${r.organisationName}: ${r.name}${r.title ? `: ${r.title}` : ''}`}</a>
          </h3>
          <p className="meta">
            {`${[`${r.reportTitle} (${date(r.reportPublishedOn)})`, [r.pillar, r.area].filter(Boolean).join(': ')].filter(Boolean).join(' · ')} · `}
            <strong className={`tag tag--${r.status}`}>{label(STATUS_LABEL, r.status)}</strong>
            {r.overdue ? (
              <>
                {' '}
                <strong className="tag tag--overdue">Overdue</strong>
              </>
            ) : null}
          </p>
          <p className="snippet">
            {r.snippet ? (
              <>
                {r.matchedIn === 'update' ? 'In a public update: ' : ''}
                <Snippet value={r.snippet} />
              </>
            ) : (
              excerpt(r.text)
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Full-text search with a filter per facet (counts per value), results with the matched words marked, pages. */
export function SearchPage({
  filters,
  page,
  result,
}: {
  filters: SearchFilters;
  page: number;
  result: Result;
}) {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <>
      <h1>{filters.q ? `Search results for “${filters.q}”` : 'Search findings'}</h1>
      <form
        className="search-page-form"
        action="/search"
        method="get"
        role="search"
        data-live-search=""
      >
        <div className="field">
          <label htmlFor="search-q">Words to find in findings, updates and responses</label>
          <div className="search-row">
            <input
              type="search"
              id="search-q"
              name="q"
              defaultValue={filters.q ?? ''}
              maxLength={200}
              autoComplete="off"
            />
            <button type="submit">Search</button>
          </div>
        </div>
        <fieldset className="filters">
          <legend>Filter the findings</legend>
          {FACETS.map((facet) => (
            <Facet key={facet.name} facet={facet} result={result} chosen={filters[facet.name]} />
          ))}
          <div className="field">
            <button type="submit" className="button-secondary">
              Apply filters
            </button>{' '}
            <a href="/search">Clear all</a>
          </div>
        </fieldset>
      </form>
      <div id="results" aria-live="polite">
        <h2>{`${result.total} ${result.total === 1 ? 'finding' : 'findings'}`}</h2>
        {result.suggestion ? (
          <p className="suggestion">
            Did you mean{' '}
            <a href={`/search${query(filters, { q: result.suggestion, page: undefined })}`}>
              {result.suggestion}
            </a>
            ?
          </p>
        ) : null}
        <p className="downloads">
          {'Download these findings: '}
          <a href={`/data/findings.csv${query(filters)}`}>CSV</a>
          {' · '}
          <a href={`/data/findings.json${query(filters)}`}>JSON</a>
        </p>
        <Findings result={result} />
        {pages > 1 ? (
          <nav className="pagination" aria-label="Result pages">
            <ul>
              {page > 1 ? (
                <li>
                  <a href={`/search${query(filters, { page: page - 1 })}`} rel="prev">
                    Previous page
                  </a>
                </li>
              ) : null}
              <li>{`Page ${page} of ${pages}`}</li>
              {page < pages ? (
                <li>
                  <a href={`/search${query(filters, { page: page + 1 })}`} rel="next">
                    Next page
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
        {result.reports.length > 0 ? (
          <>
            <h2>Reports with that name</h2>
            <ul className="report-links">
              {result.reports.map((r) => (
                <li key={r.slug}>
                  <a href={to.report(r.slug)}>{r.title}</a>
                  {r.publishedOn ? (
                    <span className="meta">{` (${date(r.publishedOn)})`}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {result.responses.length > 0 ? (
          <>
            <h2>Responses that mention it</h2>
            <ul className="results">
              {result.responses.map((r) => (
                <li key={`${r.organisation.slug}/${r.responseSlug}`} className="result">
                  <h3 className="card-title">
                    <a
                      href={to.response(r.organisation.slug, r.responseSlug)}
                    >{`${r.organisation.name}: ${r.report.title}`}</a>
                  </h3>
                  <p className="snippet">
                    <Snippet value={r.snippet} />
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </>
  );
}
