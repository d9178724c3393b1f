import { escapeHtml, sanitizeRichText } from '@irr/domain';
import type { Out } from './api.js';
import { LICENCE, SITE_NAME } from '@irr/public/server';

type Entry = Out<'latest'>[number];
// XML 1.0 forbids most control characters even escaped; one pasted into a title would break every reader's feed.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const x = (text: string): string => escapeHtml(text.replace(NOT_XML_CHAR, ''));

/** Atom 1.0: one entry per published version (and its withdrawal); the summary only while it stands. */
export function atomFeed(
  entries: readonly Entry[],
  origin: string,
  selfPath: string,
  title: string,
): string {
  // Instants arrive as ISO strings; an empty feed is dated at the epoch.
  const updated = entries[0]?.updatedAt ?? new Date(0).toISOString();
  const link = (e: Entry) =>
    `${origin}/forces/${encodeURIComponent(e.organisation.slug)}/responses/${encodeURIComponent(e.report.slug)}`;
  const items = entries.map((e) => {
    const heading = e.withdrawal
      ? `Withdrawn: ${e.organisation.name}: ${e.report.title}`
      : `${e.organisation.name}: ${e.report.title} (version ${e.version})`;
    const content =
      e.summary !== null
        ? sanitizeRichText(e.summary)
        : `<p>This response has been withdrawn.${e.withdrawal ? ` Reason: ${x(e.withdrawal.reason)}` : ''}</p>`;
    return `<entry>
<id>${x(`${origin}/responses/${e.recordId}/versions/${e.version}`)}</id>
<title>${x(heading)}</title>
<link rel="alternate" type="text/html" href="${x(link(e))}"/>
<published>${e.publishedAt}</published>
<updated>${e.updatedAt}</updated>
<author><name>${x(e.organisation.name)}</name></author>
<category term="${x(e.report.type)}"/>
<content type="html">${x(content)}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${x(origin + selfPath)}</id>
<title>${x(title)}</title>
<subtitle>New and updated responses to HMICFRS inspection reports – ${x(SITE_NAME)}</subtitle>
<link rel="self" type="application/atom+xml" href="${x(origin + selfPath)}"/>
<link rel="alternate" type="text/html" href="${x(origin)}/"/>
<updated>${updated}</updated>
<rights>${x(LICENCE)}</rights>
${items.join('\n')}
</feed>
`;
}

export function sitemap(links: Out<'permalinks'>, origin: string): string {
  const e = (s: string) => encodeURIComponent(s);
  const urls = [
    `${origin}/`,
    `${origin}/forces`,
    `${origin}/reports`,
    `${origin}/search`,
    `${origin}/open-data`,
    `${origin}/accessibility`,
    ...links.forces.map((f) => `${origin}/forces/${e(f.slug)}`),
    ...links.reports.map((r) => `${origin}/reports/${e(r.slug)}`),
    ...links.responses.map(
      (r) => `${origin}/forces/${e(r.organisationSlug)}/responses/${e(r.reportSlug)}`,
    ),
    ...links.findings.map(
      (f) =>
        `${origin}/forces/${e(f.organisationSlug)}/responses/${e(f.reportSlug)}/findings/${e(f.ref)}`,
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${x(u)}</loc></url>`).join('\n')}
</urlset>
`;
}
