import { html, type Part, type Safe } from './html.js';
import { portalAssets } from './assets.js';

export const SITE_NAME = 'Inspection Response Register';
export const LICENCE = 'Contains public sector information licensed under the Open Government Licence v3.0.';
export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

export interface PageOptions {
  title: string;
  description?: string;
  /** Breadcrumb trail above the heading: [text, href] pairs, the current page last without href. */
  crumbs?: [string, string | null][];
  /** Ship the enhancement script (search-as-you-type, print button); other pages need no JavaScript. */
  script?: boolean;
  feed?: { href: string; title: string };
  /** Which top navigation item is current. */
  section?: 'home' | 'forces' | 'search' | 'open-data';
}

const NAV: [string, string, PageOptions['section']][] = [
  ['Home', '/', 'home'],
  ['Forces', '/forces', 'forces'],
  ['Search', '/search', 'search'],
  ['Open data', '/open-data', 'open-data'],
];

export function page(options: PageOptions, body: Part): Safe {
  const assets = portalAssets();
  const feed = options.feed ?? { href: '/feed.xml', title: 'New and updated responses' };
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title === SITE_NAME ? SITE_NAME : `${options.title} – ${SITE_NAME}`}</title>
<meta name="description" content="${options.description ?? 'Police and crime commissioners’ published responses to HMICFRS inspection reports, and the progress of every finding.'}">
<link rel="icon" href="data:,">
${assets.css.map((href) => html`<link rel="stylesheet" href="${href}">`)}
<link rel="alternate" type="application/atom+xml" href="${feed.href}" title="${feed.title}">
${options.script && assets.script ? html`<script type="module" src="${assets.script}"></script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="wrap">
<a class="brand" href="/">${SITE_NAME}</a>
<nav aria-label="Site">
<ul class="site-nav">
${NAV.map(([text, href, section]) => html`<li><a href="${href}"${options.section === section ? html` aria-current="page"` : ''}>${text}</a></li>`)}
</ul>
</nav>
</div>
</header>
<div class="wrap">
${options.crumbs && options.crumbs.length > 0 ? breadcrumbs(options.crumbs) : ''}
<main id="main" tabindex="-1">
${body}
</main>
</div>
<footer class="site-footer">
<div class="wrap">
<ul class="footer-links">
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/open-data">Open data</a></li>
<li><a href="${feed.href}">Atom feed: ${feed.title}</a></li>
<li><a href="/sitemap.xml">Sitemap</a></li>
</ul>
<p>All content is available under the <a href="${OGL_URL}">Open Government Licence v3.0</a>, except where otherwise stated.</p>
</div>
</footer>
</body>
</html>`;
}

function breadcrumbs(crumbs: [string, string | null][]): Safe {
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${crumbs.map(([text, href]) =>
    href ? html`<li><a href="${href}">${text}</a></li>` : html`<li aria-current="page">${text}</li>`,
  )}</ol></nav>`;
}

export function paths() {
  return {
    force: (org: string) => `/forces/${encodeURIComponent(org)}`,
    response: (org: string, report: string, version?: number) =>
      `/forces/${encodeURIComponent(org)}/responses/${encodeURIComponent(report)}${version ? `?version=${version}` : ''}`,
    finding: (org: string, report: string, ref: string) =>
      `/forces/${encodeURIComponent(org)}/responses/${encodeURIComponent(report)}/findings/${encodeURIComponent(ref)}`,
  };
}
export const to = paths();
