/** @jsxRuntime automatic */
import type { ReactNode } from 'react';
import type { PortalAssets } from './types.js';

export const SITE_NAME = 'Inspection Response Register';
export const LICENCE =
  'Contains public sector information licensed under the Open Government Licence v3.0.';
export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
const DESCRIPTION =
  'Police and crime commissioners’ published responses to HMICFRS inspection reports, and the progress of every finding.';

type Crumb = [string, string | null];

export interface PageOptions {
  title: string;
  description?: string;
  /** Breadcrumb trail above the heading: [text, href] pairs, the current page last without href. */
  crumbs?: Crumb[];
  /** Ship the enhancement script (search-as-you-type, print button); other pages need no JavaScript. */
  script?: boolean;
  feed?: { href: string; title: string };
  /** Which top navigation item is current. */
  section?: 'home' | 'forces' | 'reports' | 'compliance' | 'search' | 'open-data';
}

const NAV: [string, string, PageOptions['section']][] = [
  ['Home', '/', 'home'],
  ['Forces', '/forces', 'forces'],
  ['Reports', '/reports', 'reports'],
  ['Compliance', '/compliance', 'compliance'],
  ['Search', '/search', 'search'],
  ['Open data', '/open-data', 'open-data'],
];

/** Where a page lives: the configured origin (never the request's Host) and its canonical path and query. */
export interface PageAddress {
  origin: string;
  path: string;
}

/** The whole document around a page's main content. */
export function Layout({
  options,
  assets,
  at,
  children,
}: {
  options: PageOptions;
  assets: PortalAssets;
  at: PageAddress;
  children: ReactNode;
}) {
  const feed = options.feed ?? { href: '/feed.xml', title: 'Every public change' };
  const description = options.description ?? DESCRIPTION;
  const canonical = `${at.origin}${at.path}`;
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{options.title === SITE_NAME ? SITE_NAME : `${options.title} – ${SITE_NAME}`}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={canonical} />
        <meta property="og:title" content={options.title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:locale" content="en_GB" />
        <link rel="icon" href="data:," />
        {assets.css.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        <link rel="alternate" type="application/atom+xml" href={feed.href} title={feed.title} />
        {options.script && assets.script ? <script type="module" src={assets.script} /> : null}
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href="/">
              {SITE_NAME}
            </a>
            <nav aria-label="Site">
              <ul className="site-nav">
                {NAV.map(([text, href, section]) => (
                  <li key={href}>
                    <a href={href} aria-current={options.section === section ? 'page' : undefined}>
                      {text}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <div className="wrap">
          {options.crumbs && options.crumbs.length > 0 ? (
            <Breadcrumbs crumbs={options.crumbs} />
          ) : null}
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </div>
        <footer className="site-footer">
          <div className="wrap">
            <ul className="footer-links">
              <li>
                <a href="/accessibility">Accessibility statement</a>
              </li>
              <li>
                <a href="/open-data">Open data</a>
              </li>
              <li>
                <a href="/api">API for developers</a>
              </li>
              <li>
                <a href={feed.href}>{`Atom feed: ${feed.title}`}</a>
              </li>
              <li>
                <a href="/sitemap.xml">Sitemap</a>
              </li>
            </ul>
            <p>
              All content is available under the <a href={OGL_URL}>Open Government Licence v3.0</a>,
              except where otherwise stated.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {crumbs.map(([text, href]) =>
          href ? (
            <li key={text}>
              <a href={href}>{text}</a>
            </li>
          ) : (
            <li key={text} aria-current="page">
              {text}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
