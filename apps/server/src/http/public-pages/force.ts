import { html, type Safe } from './html.js';
import type { PublicApi } from './api.js';
import { KIND_PLURAL, STATUS_LABEL, TYPE_LABEL, date, grade, label } from './labels.js';
import { page, to } from './layout.js';

const STATUSES = ['not_started', 'in_progress', 'completed', 'closed', 'superseded', 'no_longer_applicable'] as const;
const KINDS = ['recommendation', 'cause_of_concern', 'area_for_improvement'] as const;

function onTimeText(onTime: boolean | null): string {
  if (onTime === null) return 'Not applicable';
  return onTime ? 'Yes' : 'No (late)';
}

export async function forcePage(api: PublicApi, slug: string): Promise<Safe> {
  const o = await api.forceOverview({ slug });
  const name = o.organisation.name;
  const feed = { href: `${to.force(slug)}/feed.xml`, title: `Responses for ${name}` };
  const count = (kind: string, status: string) => o.findings.find((f) => f.kind === kind && f.status === status)?.count ?? 0;
  const overdue = (kind: string) => o.findings.filter((f) => f.kind === kind).reduce((n, f) => n + f.overdue, 0);
  const searchHref = (params: Record<string, string>) => `/search?${new URLSearchParams({ organisationSlug: slug, ...params }).toString()}`;
  return page(
    { title: name, section: 'forces', feed, crumbs: [['Home', '/'], ['Forces', '/forces'], [name, null]] },
    html`<h1>${name}</h1>
<h2>Reports and responses</h2>
${o.responses.length === 0
  ? html`<p>No responses have been published for ${name} yet.</p>`
  : html`<div class="table-wrap" role="region" aria-labelledby="responses-caption" tabindex="0"><table>
<caption id="responses-caption">Every published response, newest report first</caption>
<thead><tr><th scope="col">Report</th><th scope="col">Type</th><th scope="col">Report published</th><th scope="col">Response due</th><th scope="col">First published</th><th scope="col">Within 56 days</th><th scope="col">Overall grade</th></tr></thead>
<tbody>${o.responses.map(
  (r) => html`<tr><th scope="row"><a href="${to.response(slug, r.reportSlug)}">${r.reportTitle}</a>${r.withdrawn ? html` <strong class="tag tag--withdrawn">Withdrawn</strong>` : html` <span class="meta">version ${r.version}</span>`}</th>
<td>${label(TYPE_LABEL, r.reportType)}</td><td>${date(r.reportPublishedOn)}</td><td>${r.publicationDueOn ? date(r.publicationDueOn) : 'No fixed limit'}</td><td>${date(r.firstPublishedOn)}</td><td>${onTimeText(r.onTime)}</td><td>${r.withdrawn ? '' : grade(r.overallGrade)}</td></tr>`,
)}</tbody></table></div>`}
<h2>Grades over time</h2>
${o.grades.length === 0
  ? html`<p>No graded inspections have been published.</p>`
  : html`<ol class="grades-over-time">${o.grades.map(
      (g) => html`<li><h3>${date(g.reportPublishedOn)}: <a href="${to.response(slug, g.reportSlug)}">${g.reportTitle}</a></h3>
<ul>${g.grades.map((x) => html`<li>${x.scope.level === 'overall' ? 'Overall' : x.scope.level === 'pillar' ? x.scope.pillar : x.scope.area}: <strong>${grade(x.value)}</strong>${x.carriedOver ? ' (carried over)' : ''}</li>`)}</ul></li>`,
    )}</ol>`}
<h2>Findings by kind and status</h2>
<div class="table-wrap" role="region" aria-labelledby="findings-caption" tabindex="0"><table>
<caption id="findings-caption">Findings in the current published responses, by their status today</caption>
<thead><tr><th scope="col">Kind</th>${STATUSES.map((s) => html`<th scope="col">${STATUS_LABEL[s]}</th>`)}<th scope="col">Overdue</th></tr></thead>
<tbody>${KINDS.map(
  (k) => html`<tr><th scope="row">${KIND_PLURAL[k]}</th>${STATUSES.map((s) => {
    const n = count(k, s);
    return html`<td>${n > 0 ? html`<a href="${searchHref({ kind: k, status: s })}">${n}</a>` : '0'}</td>`;
  })}<td>${overdue(k)}</td></tr>`,
)}</tbody></table></div>
<h2>Take the data away</h2>
<ul>
<li><a href="/data/findings.csv?organisationSlug=${slug}">Findings for ${name} (CSV)</a></li>
<li><a href="/data/findings.json?organisationSlug=${slug}">Findings for ${name} (JSON)</a></li>
<li><a href="/data/responses.csv?organisationSlug=${slug}">Responses for ${name} (CSV)</a></li>
<li><a href="${feed.href}">Atom feed of new and updated responses for ${name}</a></li>
</ul>`,
  );
}
