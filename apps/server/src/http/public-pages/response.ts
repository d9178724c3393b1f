import type { Finding, SubItem } from '@irr/domain';
import { html, richText, type Safe } from './html.js';
import type { Out, PublicApi } from './api.js';
import { ACCEPTANCE_LABEL, AUTHOR_LABEL, KIND_LABEL, STATUS_LABEL, TYPE_LABEL, date, day, grade, label } from './labels.js';
import { page, to } from './layout.js';

type Response = Out<'response'>;
type Tracking = Response['tracking'][string];

export function statusTag(status: string, overdue = false): Safe {
  return html`<strong class="tag tag--${status}">${label(STATUS_LABEL, status)}</strong>${overdue ? html` <strong class="tag tag--overdue">Overdue</strong>` : ''}`;
}

export function subItems(items: readonly SubItem[]): Safe | '' {
  if (items.length === 0) return '';
  return html`<ul class="sub-items">${items.map((i) => html`<li>${richText(i.text)}${subItems(i.children)}</li>`)}</ul>`;
}

function findingTitle(f: Finding, lower = false): string {
  const kind = KIND_LABEL[f.kind]!;
  return `${lower ? kind.toLowerCase() : kind} ${f.reference ?? f.ref}`;
}

function trackingBlock(r: Response, f: Finding, t: Tracking | undefined): Safe {
  return html`<dl class="facts">
${f.deadlinePhrase ? html`<div><dt>Deadline in the report</dt><dd>${f.deadlinePhrase}</dd></div>` : ''}
${t ? html`<div><dt>Status</dt><dd>${f.kind === 'cause_of_concern' && t.causeStatus ? html`<strong class="tag tag--${t.causeStatus}">${t.causeStatus === 'open' ? 'Open' : 'Closed'}</strong>` : statusTag(t.status, t.overdue)}</dd></div>` : ''}
${t?.targetDate ? html`<div><dt>Target date</dt><dd>${date(t.targetDate)}${t.slippageDays > 0 ? ` (moved ${t.slippageDays} days from ${date(t.originalTargetDate)})` : ''}</dd></div>` : ''}
</dl>
${t?.latestUpdate ? html`<div class="update"><p class="update-title"><strong>Latest public update${t.latestUpdate.date ? `, ${date(t.latestUpdate.date)}` : ''} (${label(AUTHOR_LABEL, t.latestUpdate.author)})</strong></p>${richText(t.latestUpdate.text)}</div>` : ''}
<p class="more"><a href="${to.finding(r.organisation.slug, r.report.slug, f.ref)}">Full history of ${findingTitle(f, true)}<span class="visually-hidden"> in ${r.organisation.name}'s response</span></a></p>`;
}

function findingArticle(r: Response, f: Finding, headingLevel: 3 | 5): Safe {
  const t = r.tracking[f.ref];
  const heading = headingLevel === 3 ? html`<h3 id="finding-${f.ref}">${findingTitle(f)}</h3>` : html`<h5 id="finding-${f.ref}">${findingTitle(f)}</h5>`;
  const causes = r.record!.findings.filter((x) => x.kind === 'recommendation' && x.causeOfConcernRef === f.ref);
  const cause = f.causeOfConcernRef ? r.record!.findings.find((x) => x.ref === f.causeOfConcernRef) : undefined;
  return html`<article class="finding finding--${f.kind}" data-status="${t?.status ?? ''}">
${heading}
<div class="finding-text">${richText(f.text)}${subItems(f.subItems)}</div>
${cause ? html`<p>Issued under <a href="#finding-${cause.ref}">${findingTitle(cause, true)}</a>.</p>` : ''}
${causes.length > 0 ? html`<p>Its recommendations: ${causes.map((c, i) => html`${i > 0 ? ', ' : ''}<a href="#finding-${c.ref}">${findingTitle(c)}</a>`)}.</p>` : ''}
${f.kind === 'recommendation'
  ? f.acceptance
    ? html`<div class="acceptance"><p><strong>Response: ${label(ACCEPTANCE_LABEL, f.acceptance.position)}</strong></p>${richText(f.acceptance.explanation)}</div>`
    : html`<p class="acceptance">No response recorded.</p>`
  : ''}
${trackingBlock(r, f, t)}
</article>`;
}

function groupedAfis(r: Response, afis: Finding[]): Safe {
  const pillars = new Map<string, Map<string, Finding[]>>();
  for (const f of afis) {
    const p = f.group.pillar ?? 'General';
    const a = f.group.area ?? 'General';
    const areas = pillars.get(p) ?? new Map<string, Finding[]>();
    areas.set(a, [...(areas.get(a) ?? []), f]);
    pillars.set(p, areas);
  }
  return html`${[...pillars].map(
    ([pillar, areas]) => html`<section class="pillar"><h3>${pillar}</h3>${[...areas].map(
      ([area, list]) => html`<section class="area"><h4>${area}</h4>${list.map((f) => findingArticle(r, f, 5))}</section>`,
    )}</section>`,
  )}`;
}

function versionHistory(r: Response): Safe {
  return html`<h2 id="versions">Version history</h2>
<div class="table-wrap" role="region" aria-labelledby="versions-caption" tabindex="0"><table>
<caption id="versions-caption">Every published version of this response</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Published</th><th scope="col">What changed</th></tr></thead>
<tbody>${r.versions.map(
  (v) => html`<tr><th scope="row">${v.withdrawal || r.withdrawal || v.version === r.version ? `Version ${v.version}` : html`<a href="${to.response(r.organisation.slug, r.report.slug, v.version)}">Version ${v.version}</a>`}${v.version === r.version ? ' (shown)' : ''}</th>
<td>${day(v.publishedAt)}</td>
<td>${v.withdrawal ? html`<p>Withdrawn on ${day(v.withdrawal.at)}: ${v.withdrawal.reason}</p>` : html`<ul class="changes">${v.changes.map((c) => html`<li>${c}</li>`)}</ul>`}</td></tr>`,
)}</tbody></table></div>`;
}

export async function responsePage(api: PublicApi, org: string, report: string, version: number | undefined): Promise<Safe> {
  const r = await api.response({ organisationSlug: org, reportSlug: report, version });
  const crumbs: [string, string | null][] = [['Home', '/'], ['Forces', '/forces'], [r.organisation.name, to.force(org)], [r.report.title, null]];
  const title = `${r.organisation.name}: response to ${r.report.title}`;
  const head = html`<p class="print-only">PCC and CC Force Inspection response record</p>
<p class="caption">${r.organisation.name} · response to an HMICFRS inspection</p>
<h1>${r.report.title}</h1>`;
  if (!r.record) {
    return page(
      { title, crumbs },
      html`${head}
<div class="notice notice--withdrawn"><h2>This response has been withdrawn</h2>
<p>Withdrawn on ${day(r.withdrawal!.at)}. Reason: ${r.withdrawal!.reason}</p></div>
${versionHistory(r)}`,
    );
  }
  const rec = r.record;
  const recs = rec.findings.filter((f) => f.kind === 'recommendation');
  const causes = rec.findings.filter((f) => f.kind === 'cause_of_concern');
  const afis = rec.findings.filter((f) => f.kind === 'area_for_improvement');
  const st = r.statutory;
  return page(
    { title, crumbs, script: true, description: `The published response of ${r.organisation.name} to ${r.report.title}.` },
    html`${head}
${r.version !== r.latestVersion ? html`<div class="notice"><p>You are reading version ${r.version}, which has been replaced. <a href="${to.response(org, report)}">Read the current version (${r.latestVersion})</a>.</p></div>` : ''}
<p class="print-hide actions"><button type="button" class="button-secondary" data-print hidden>Print this response</button> <a href="/data/responses.json?organisationSlug=${org}">Download responses for ${r.organisation.name} (JSON)</a></p>
<dl class="summary-list">
<div><dt>Force</dt><dd><a href="${to.force(org)}">${r.organisation.name}</a></dd></div>
<div><dt>${rec.commissioner.title}</dt><dd>${rec.commissioner.name}</dd></div>
<div><dt>${rec.chiefOfficer.title}</dt><dd>${rec.chiefOfficer.name}</dd></div>
<div><dt>Inspection</dt><dd>${rec.report.link ? html`<a href="${rec.report.link}">${rec.report.title}<span class="visually-hidden"> (on the HMICFRS website)</span></a>` : rec.report.title}</dd></div>
<div><dt>Inspectorate</dt><dd>${rec.report.inspectorate}</dd></div>
<div><dt>Type of inspection</dt><dd>${label(TYPE_LABEL, rec.report.type)}</dd></div>
<div><dt>Report published</dt><dd>${date(rec.report.publishedOn)}</dd></div>
<div><dt>Response due by</dt><dd>${st.publicationDueOn ? date(st.publicationDueOn) : 'No fixed time limit (report before 2 May 2017)'}</dd></div>
<div><dt>Response first published</dt><dd>${date(st.firstPublishedOn)}${st.onTime === true ? ' (within 56 days)' : st.onTime === false ? ' (late)' : ''}</dd></div>
<div><dt>Version</dt><dd>Version ${r.version}, published ${day(r.publishedAt)} (<a href="#versions">version history</a>)</dd></div>
</dl>
<h2>Summary of the inspection</h2>
<div class="rich">${richText(rec.summary)}</div>
${rec.grades.length > 0
  ? html`<h2>Grades</h2><div class="table-wrap" role="region" aria-labelledby="grades-caption" tabindex="0"><table><caption id="grades-caption">Grades given by the inspection</caption>
<thead><tr><th scope="col">Pillar or area</th><th scope="col">Grade</th></tr></thead>
<tbody>${rec.grades.map((g) => html`<tr><th scope="row">${g.scope.level === 'overall' ? 'Overall' : g.scope.level === 'pillar' ? g.scope.pillar : `${g.scope.pillar ? `${g.scope.pillar}: ` : ''}${g.scope.area}`}</th><td>${grade(g.value)}${g.carriedOver ? ' (carried over)' : ''}</td></tr>`)}</tbody></table></div>`
  : ''}
<div class="finding-filter print-hide" data-finding-filter hidden></div>
<h2>Recommendations</h2>
${recs.length === 0 ? html`<p>The report made no recommendations to this force.</p>` : recs.map((f) => findingArticle(r, f, 3))}
<h2>Causes of concern</h2>
${causes.length === 0 ? html`<p>The report raised no causes of concern.</p>` : causes.map((f) => findingArticle(r, f, 3))}
<h2>Areas for improvement</h2>
${afis.length === 0 ? html`<p>The report identified no areas for improvement.</p>` : groupedAfis(r, afis)}
<h2>The commissioner's comments</h2>
<div class="rich">${rec.commissionerComments.trim() ? richText(rec.commissionerComments) : html`<p>None published.</p>`}</div>
<h2>The chief officer's comments</h2>
<div class="rich">${rec.chiefOfficerComments.trim() ? richText(rec.chiefOfficerComments) : html`<p>None published.</p>`}</div>
${versionHistory(r)}`,
  );
}
