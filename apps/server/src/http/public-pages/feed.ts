import { createHash } from 'node:crypto';
import {
  escapeHtml,
  FINDING_STATUS_LABELS,
  londonDateOf,
  publicChangeLine,
  sanitizeRichText,
} from '@irr/domain';
import type { Out } from './api.js';
import { LICENCE, SITE_NAME } from '@irr/public/server';

type Version = Out<'latest'>[number];
type Change = Out<'findingChanges'>[number];
// XML 1.0 forbids most control characters even escaped; one pasted into a title would break every reader's feed.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const x = (text: string): string => escapeHtml(text.replace(NOT_XML_CHAR, ''));

/** This register's namespace for name-based UUIDs: a version's entry id from its record and number. */
const ENTRY_NAMESPACE = '3d0f6a52-c1e8-4b7f-9a4e-52b8d7c61f09';

/** RFC 9562's version 5 (name-based, SHA-1) UUID of `name` in `namespace`: the same wherever it is made. */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface AtomEntry {
  id: string;
  title: string;
  href: string;
  published: string;
  updated: string;
  author: string;
  category: string | null;
  content: string;
}

const e = encodeURIComponent;
const responseHref = (origin: string, org: string, response: string) =>
  `${origin}/forces/${e(org)}/responses/${e(response)}`;

/** A version: its summary while it stands; updated again when withdrawn. */
function versionEntry(v: Version, origin: string): AtomEntry {
  return {
    id: `urn:uuid:${uuidV5(ENTRY_NAMESPACE, `response-version:${v.recordId}:${v.version}`)}`,
    title: v.withdrawal
      ? `Withdrawn: ${v.organisation.name}: ${v.report.title}`
      : `${v.organisation.name}: ${v.report.title} (version ${v.version})`,
    href: responseHref(origin, v.organisation.slug, v.responseSlug),
    published: v.publishedAt,
    updated: v.updatedAt,
    author: v.organisation.name,
    category: v.report.type,
    content:
      v.summary !== null
        ? sanitizeRichText(v.summary)
        : `<p>This response has been withdrawn.${v.withdrawal ? ` Reason: ${x(v.withdrawal.reason)}` : ''}</p>`,
  };
}

/** A finding's public update, status change or target date change: its row's own id. */
function changeEntry(c: Change, origin: string): AtomEntry {
  const reason = c.kind !== 'update' && c.reason ? `<p>Reason: ${x(c.reason)}</p>` : '';
  const content =
    c.kind === 'update'
      ? sanitizeRichText(c.text)
      : c.kind === 'status'
        ? `<p>From ${x(FINDING_STATUS_LABELS[c.from])} to ${x(FINDING_STATUS_LABELS[c.to])}${c.on ? ` on ${x(c.on)}` : ''}.</p>${reason}`
        : `<p>${c.from ? `From ${x(c.from)} to ${x(c.to)}` : `Set to ${x(c.to)}`}${c.on ? `, on ${x(c.on)}` : ''}.</p>${reason}`;
  return {
    id: `urn:uuid:${c.id}`,
    title: publicChangeLine({
      kind: c.kind,
      organisation: c.organisation,
      report: c.report,
      responseSlug: c.responseSlug,
      finding: c.finding,
      version: null,
      from: c.kind === 'update' ? null : c.from,
      to: c.kind === 'update' ? null : c.to,
    }),
    href: `${responseHref(origin, c.organisation.slug, c.responseSlug)}/findings/${e(c.finding.ref)}`,
    published: c.at,
    updated: c.at,
    author: c.organisation.name,
    category: null,
    content,
  };
}

/**
 * Atom 1.0: every public change, newest first: each published version (and its withdrawal) with its
 * summary while it stands, and each public update, status change and target date change of a shown
 * finding. Entry ids are URNs (`urn:uuid:`), the same whichever address the register is served at.
 */
export function atomFeed(
  versions: readonly Version[],
  changes: readonly Change[],
  origin: string,
  selfPath: string,
  title: string,
  limit = 50,
): string {
  const entries = [
    ...versions.map((v) => versionEntry(v, origin)),
    ...changes.map((c) => changeEntry(c, origin)),
  ]
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
    .slice(0, limit);
  // Instants arrive as ISO strings; an empty feed is dated at the epoch.
  const updated = entries[0]?.updated ?? new Date(0).toISOString();
  const items = entries.map(
    (a) => `<entry>
<id>${a.id}</id>
<title>${x(a.title)}</title>
<link rel="alternate" type="text/html" href="${x(a.href)}"/>
<published>${a.published}</published>
<updated>${a.updated}</updated>
<author><name>${x(a.author)}</name></author>
${a.category ? `<category term="${x(a.category)}"/>\n` : ''}<content type="html">${x(a.content)}</content>
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${x(origin + selfPath)}</id>
<title>${x(title)}</title>
<subtitle>Responses to HMICFRS inspection reports and their findings: every public change – ${x(SITE_NAME)}</subtitle>
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
  const key = (org: string, response: string) => `${org}/${response}`;
  const findingDays = new Map<string, (string | null)[]>();
  for (const f of links.findings) {
    const k = key(f.organisationSlug, f.responseSlug);
    findingDays.set(k, [...(findingDays.get(k) ?? []), f.changedOn]);
  }
  const responses = links.responses.map((r) => ({
    ...r,
    lastmod: newest([
      londonDateOf(new Date(r.publishedAt)),
      ...(findingDays.get(key(r.organisationSlug, r.responseSlug)) ?? []),
    ]),
  }));
  const published = new Map(
    responses.map((r) => [key(r.organisationSlug, r.responseSlug), r.lastmod]),
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
      url(`/forces/${e(r.organisationSlug)}/responses/${e(r.responseSlug)}`, r.lastmod),
    ),
    ...links.findings.map((f) =>
      url(
        `/forces/${e(f.organisationSlug)}/responses/${e(f.responseSlug)}/findings/${e(f.ref)}`,
        newest([f.changedOn, published.get(key(f.organisationSlug, f.responseSlug)) ?? null]),
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
