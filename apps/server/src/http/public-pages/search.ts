import { richTextToPlainText } from '@irr/domain';
import { z } from 'zod';
import { html, snippet, type Safe } from './html.js';
import type { Out, PublicApi } from './api.js';
import { KIND_LABEL, STATUS_LABEL, TYPE_LABEL, date, grade, label } from './labels.js';
import { page, to } from './layout.js';

const KindValue = z.enum(['recommendation', 'cause_of_concern', 'area_for_improvement']);
const StatusValue = z.enum(['not_started', 'in_progress', 'completed', 'closed', 'superseded', 'no_longer_applicable']);
const GradeValue = z.enum(['outstanding', 'good', 'adequate', 'requires_improvement', 'inadequate']);

/** The filters a URL asks for; a value that is not valid is dropped, not an error. */
export function filtersFrom(params: URLSearchParams) {
  const text = (name: string, max: number) => {
    const v = params.get(name)?.trim();
    return v && v.length <= max ? v : undefined;
  };
  const year = Number(params.get('year'));
  return {
    q: text('q', 200),
    organisationSlug: text('organisationSlug', 80),
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined,
    reportType: text('reportType', 60),
    kind: KindValue.safeParse(params.get('kind')).data,
    status: StatusValue.safeParse(params.get('status')).data,
    grade: GradeValue.safeParse(params.get('grade')).data,
    area: text('area', 300),
  };
}
export type Filters = ReturnType<typeof filtersFrom>;

function query(filters: Filters, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

const FACETS: { name: keyof Out<'searchAll'>['facets']; label: string; labelOf: (value: string, fallback: string) => string }[] = [
  { name: 'organisationSlug', label: 'Force', labelOf: (_v, l) => l },
  { name: 'year', label: 'Year of report', labelOf: (v) => v },
  { name: 'reportType', label: 'Type of report', labelOf: (v) => label(TYPE_LABEL, v) },
  { name: 'kind', label: 'Kind of finding', labelOf: (v) => label(KIND_LABEL, v) },
  { name: 'status', label: 'Status', labelOf: (v) => label(STATUS_LABEL, v) },
  { name: 'grade', label: 'Grade', labelOf: (v) => grade(v) },
  { name: 'area', label: 'Area', labelOf: (_v, l) => l },
];

export async function searchPage(api: PublicApi, params: URLSearchParams): Promise<Safe> {
  const filters = filtersFrom(params);
  const pageNo = Math.max(1, Math.min(1000, Number(params.get('page')) || 1));
  const result = await api.searchAll({ ...filters, page: pageNo, pageSize: 20 });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const current = (name: string) => (filters as Record<string, string | number | undefined>)[name];
  const heading = filters.q ? `Search results for “${filters.q}”` : 'Search findings';
  return page(
    { title: filters.q ? `${filters.q} – Search` : 'Search', section: 'search', script: true, crumbs: [['Home', '/'], ['Search', null]] },
    html`<h1>${heading}</h1>
<form class="search-page-form" action="/search" method="get" role="search" data-live-search>
<div class="field"><label for="search-q">Words to find in findings, updates and responses</label>
<div class="search-row"><input type="search" id="search-q" name="q" value="${filters.q ?? ''}" maxlength="200" autocomplete="off"><button type="submit">Search</button></div></div>
<fieldset class="filters"><legend>Filter the findings</legend>
${FACETS.map(({ name, label: text, labelOf }) => {
  const values = result.facets[name] ?? [];
  const chosen = current(name);
  return html`<div class="field"><label for="filter-${name}">${text}</label>
<select id="filter-${name}" name="${name}"><option value="">Any</option>${values.map(
    (v) => html`<option value="${v.value}"${String(chosen ?? '') === v.value ? html` selected` : ''}>${labelOf(v.value, v.label)} (${v.count})</option>`,
  )}${chosen !== undefined && !values.some((v) => v.value === String(chosen)) ? html`<option value="${chosen}" selected>${labelOf(String(chosen), String(chosen))} (0)</option>` : ''}</select></div>`;
})}
<div class="field"><button type="submit" class="button-secondary">Apply filters</button> <a href="/search">Clear all</a></div>
</fieldset>
</form>
<div id="results" aria-live="polite">
<h2>${result.total} ${result.total === 1 ? 'finding' : 'findings'}</h2>
<p class="downloads">Download these findings: <a href="/data/findings.csv${query(filters)}">CSV</a> · <a href="/data/findings.json${query(filters)}">JSON</a></p>
${result.findings.length === 0
  ? html`<p>No findings match. Try fewer words or fewer filters.</p>`
  : html`<ol class="results">${result.findings.map(
      (r) => html`<li class="result"><h3 class="card-title"><a href="${to.finding(r.organisationSlug, r.reportSlug, r.ref)}">${r.organisationName}: ${label(KIND_LABEL, r.kind)} ${r.ref}</a></h3>
<p class="meta">${[`${r.reportTitle} (${date(r.reportPublishedOn)})`, [r.pillar, r.area].filter(Boolean).join(': ')].filter(Boolean).join(' · ')} · <strong class="tag tag--${r.status}">${label(STATUS_LABEL, r.status)}</strong>${r.overdue ? html` <strong class="tag tag--overdue">Overdue</strong>` : ''}</p>
<p class="snippet">${r.snippet ? html`${r.matchedIn === 'update' ? 'In a public update: ' : ''}${snippet(r.snippet)}` : excerpt(r.text)}</p></li>`,
    )}</ol>`}
${pages > 1
  ? html`<nav class="pagination" aria-label="Result pages"><ul>
${pageNo > 1 ? html`<li><a href="/search${query(filters, { page: pageNo - 1 })}" rel="prev">Previous page</a></li>` : ''}
<li>Page ${pageNo} of ${pages}</li>
${pageNo < pages ? html`<li><a href="/search${query(filters, { page: pageNo + 1 })}" rel="next">Next page</a></li>` : ''}
</ul></nav>`
  : ''}
${result.responses.length > 0
  ? html`<h2>Responses that mention it</h2><ul class="results">${result.responses.map(
      (r) => html`<li class="result"><h3 class="card-title"><a href="${to.response(r.organisation.slug, r.report.slug)}">${r.organisation.name}: ${r.report.title}</a></h3><p class="snippet">${snippet(r.snippet)}</p></li>`,
    )}</ul>`
  : ''}
</div>`,
  );
}

/** The first words of a finding as plain text. */
function excerpt(text: string): string {
  const plain = richTextToPlainText(text).replace(/\s+/g, ' ').trim();
  return plain.length > 240 ? `${plain.slice(0, 240).replace(/\s+\S*$/, '')}…` : plain;
}
