import { html, richText, type Safe } from './html.js';
import type { PublicApi } from './api.js';
import { ACCEPTANCE_LABEL, AUTHOR_LABEL, KIND_LABEL, STATUS_LABEL, date, label } from './labels.js';
import { page, to } from './layout.js';
import { statusTag, subItems } from './response.js';

export async function findingPage(api: PublicApi, org: string, report: string, ref: string): Promise<Safe> {
  const p = await api.findingPage({ organisationSlug: org, reportSlug: report, ref });
  const f = p.finding;
  const t = p.tracking;
  const name = `${KIND_LABEL[f.kind]} ${f.reference ?? f.ref}`;
  return page(
    {
      title: `${name}: ${p.organisation.name}`,
      crumbs: [['Home', '/'], ['Forces', '/forces'], [p.organisation.name, to.force(org)], [p.report.title, to.response(org, report)], [name, null]],
    },
    html`<p class="caption">${p.organisation.name} · ${p.report.title}</p>
<h1>${name}</h1>
<div class="finding-text">${richText(f.text)}${subItems(f.subItems)}</div>
<dl class="summary-list">
<div><dt>Status</dt><dd>${f.kind === 'cause_of_concern' && t.causeStatus ? `${t.causeStatus === 'open' ? 'Open' : 'Closed'}${p.causeClosedOn ? ` on ${date(p.causeClosedOn)}` : ''}` : statusTag(t.status, t.overdue)}</dd></div>
${f.group.pillar || f.group.area ? html`<div><dt>Where in the report</dt><dd>${[f.group.pillar, f.group.area].filter(Boolean).join(': ')}</dd></div>` : ''}
${f.deadlinePhrase ? html`<div><dt>Deadline in the report</dt><dd>${f.deadlinePhrase}</dd></div>` : ''}
<div><dt>Original target date</dt><dd>${date(t.originalTargetDate)}</dd></div>
<div><dt>Current target date</dt><dd>${date(t.targetDate)}</dd></div>
<div><dt>Slippage</dt><dd>${t.slippageDays > 0 ? `${t.slippageDays} days later than first planned` : t.slippageDays < 0 ? `${-t.slippageDays} days earlier than first planned` : 'None'}</dd></div>
${f.kind === 'recommendation' ? html`<div><dt>Response</dt><dd>${f.acceptance ? label(ACCEPTANCE_LABEL, f.acceptance.position) : 'No response recorded'}</dd></div>` : ''}
</dl>
${f.acceptance && f.acceptance.explanation.trim() ? html`<h2>The response to this recommendation</h2><div class="rich">${richText(f.acceptance.explanation)}</div>` : ''}
${p.revisions.length > 0
  ? html`<h2>Target date changes</h2><ul>${p.revisions.map((r) => html`<li>On ${date(r.on)}: from ${date(r.from)} to ${date(r.to)}</li>`)}</ul>`
  : ''}
<h2>Timeline</h2>
${p.timeline.length === 0
  ? html`<p>No public updates yet.</p>`
  : html`<ol class="timeline">${p.timeline.map((e) =>
      e.type === 'update'
        ? html`<li><h3>${e.date ? date(e.date) : 'Undated'}: ${label(AUTHOR_LABEL, e.author)}</h3>${richText(e.text)}</li>`
        : html`<li><h3>${date(e.date)}: status changed</h3><p>From ${label(STATUS_LABEL, e.from)} to ${label(STATUS_LABEL, e.to)}.</p></li>`,
    )}</ol>`}
<p><a href="${to.response(org, report)}#finding-${f.ref}">Back to the response</a></p>`,
  );
}
