import { escapeHtml, londonDateOf, sanitizeRichText } from '@irr/domain';
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

/** The most URLs one sitemap file may list (sitemaps.org); beyond it `/sitemap.xml` is an index. */
export const SITEMAP_LIMIT = 50_000;

type Url = { loc: string; lastmod: string | null };

const newest = (days: (string | null)[]): string | null =>
  days.reduce<string | null>((a, d) => (d && (!a || d > a) ? d : a), null);

/**
 * Every portal page with the day it last changed: a response on its version's publication or its
 * findings' newest update, a finding on its own, a force or report on its newest response, the lists
 * on the newest of all. Pages that change with nothing published (the accessibility statement) have none.
 */
function sitemapUrls(links: Out<'permalinks'>, origin: string): Url[] {
  const e = (s: string) => encodeURIComponent(s);
  const key = (org: string, report: string) => `${org}/${report}`;
  const findingDays = new Map<string, (string | null)[]>();
  for (const f of links.findings) {
    const k = key(f.organisationSlug, f.reportSlug);
    findingDays.set(k, [...(findingDays.get(k) ?? []), f.changedOn]);
  }
  const responses = links.responses.map((r) => ({
    ...r,
    lastmod: newest([
      londonDateOf(new Date(r.publishedAt)),
      ...(findingDays.get(key(r.organisationSlug, r.reportSlug)) ?? []),
    ]),
  }));
  const published = new Map(
    responses.map((r) => [key(r.organisationSlug, r.reportSlug), r.lastmod]),
  );
  const all = newest(responses.map((r) => r.lastmod));
  const of = (match: (r: (typeof responses)[number]) => boolean) =>
    newest(responses.filter(match).map((r) => r.lastmod));
  const url = (path: string, lastmod: string | null): Url => ({ loc: `${origin}${path}`, lastmod });
  return [
    ...['/', '/forces', '/reports', '/search', '/open-data'].map((p) => url(p, all)),
    url('/accessibility', null),
    ...links.forces.map((f) =>
      url(
        `/forces/${e(f.slug)}`,
        of((r) => r.organisationSlug === f.slug),
      ),
    ),
    ...links.reports.map((r) =>
      url(
        `/reports/${e(r.slug)}`,
        of((x) => x.reportSlug === r.slug),
      ),
    ),
    ...responses.map((r) =>
      url(`/forces/${e(r.organisationSlug)}/responses/${e(r.reportSlug)}`, r.lastmod),
    ),
    ...links.findings.map((f) =>
      url(
        `/forces/${e(f.organisationSlug)}/responses/${e(f.reportSlug)}/findings/${e(f.ref)}`,
        newest([f.changedOn, published.get(key(f.organisationSlug, f.reportSlug)) ?? null]),
      ),
    ),
  ];
}

const lastmod = (day: string | null) => (day ? `<lastmod>${day}</lastmod>` : '');

function urlset(urls: Url[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${x(u.loc)}</loc>${lastmod(u.lastmod)}</url>`).join('\n')}
</urlset>
`;
}

/**
 * `/sitemap.xml` (part 0), and `/sitemaps/<n>.xml` (n from 1) when there are more pages than one
 * sitemap may list: then `/sitemap.xml` is a sitemap index of the parts. Null for a part there is not.
 */
export function sitemap(
  links: Out<'permalinks'>,
  origin: string,
  part = 0,
  limit = SITEMAP_LIMIT,
): string | null {
  const urls = sitemapUrls(links, origin);
  const parts = Array.from({ length: Math.ceil(urls.length / limit) }, (_, i) =>
    urls.slice(i * limit, (i + 1) * limit),
  );
  if (part === 0 && parts.length <= 1) return urlset(urls);
  if (part === 0)
    return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${parts
  .map(
    (p, i) =>
      `<sitemap><loc>${x(`${origin}/sitemaps/${i + 1}.xml`)}</loc>${lastmod(newest(p.map((u) => u.lastmod)))}</sitemap>`,
  )
  .join('\n')}
</sitemapindex>
`;
  const chosen = parts.length > 1 ? parts[part - 1] : undefined;
  return chosen ? urlset(chosen) : null;
}
