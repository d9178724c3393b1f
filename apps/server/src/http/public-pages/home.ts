import { html, type Safe } from './html.js';
import type { PublicApi } from './api.js';
import { day, grade } from './labels.js';
import { SITE_NAME, page, to } from './layout.js';

export function searchForm(q = ''): Safe {
  return html`<form class="search-form" action="/search" method="get" role="search">
<label for="q">Search findings, updates and responses</label>
<div class="search-row"><input type="search" id="q" name="q" value="${q}" maxlength="200" autocomplete="off"><button type="submit">Search</button></div>
</form>`;
}

export async function homePage(api: PublicApi): Promise<Safe> {
  const [latest, forces] = await Promise.all([api.latest({ limit: 40 }), api.organisations()]);
  const seen = new Set<string>();
  const responses = latest.filter((e) => e.summary !== null && !seen.has(e.recordId) && seen.add(e.recordId)).slice(0, 8);
  return page(
    { title: SITE_NAME, section: 'home' },
    html`<h1>${SITE_NAME}</h1>
<p class="lead">Police and crime commissioners must publish their response to every HMICFRS inspection report about their force within 56 days. Read the responses, see what the inspectorate found, and follow each finding until it is closed.</p>
${searchForm()}
<h2>Latest published responses</h2>
${responses.length === 0
  ? html`<p>No responses have been published yet.</p>`
  : html`<ul class="cards">${responses.map(
      (e) => html`<li class="card"><h3 class="card-title"><a href="${to.response(e.organisation.slug, e.report.slug)}">${e.report.title}</a></h3>
<p class="meta">${e.organisation.name} · version ${e.version}, published ${day(e.publishedAt)}${e.overallGrade ? ` · overall grade: ${grade(e.overallGrade)}` : ''}</p></li>`,
    )}</ul>`}
<h2>Forces</h2>
${forcesList(forces)}
<h2>Open data</h2>
<p>Every finding and every response can be downloaded as CSV or JSON, for any search. <a href="/open-data">About the open data</a>.</p>`,
  );
}

export function forcesList(forces: Awaited<ReturnType<PublicApi['organisations']>>): Safe {
  return html`<ul class="force-list">${forces.map(
    (f) => html`<li><a href="${to.force(f.slug)}">${f.name}</a> <span class="meta">(${f.publishedResponses} published ${f.publishedResponses === 1 ? 'response' : 'responses'})</span></li>`,
  )}</ul>`;
}

export async function forcesPage(api: PublicApi): Promise<Safe> {
  const forces = await api.organisations();
  return page({ title: 'Forces', section: 'forces', crumbs: [['Home', '/'], ['Forces', null]] }, html`<h1>Forces</h1>${forcesList(forces)}`);
}
