import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorld, plantInternalText } from '@irr/api/testing';
import { SITE_NAME } from '@irr/public/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger.js';
import { loadConfig } from '../../config.js';
import { startServer } from '../server.js';
import { rawRequest } from '../test-server.js';

const PUBLIC = 'https://register.example.org';
const LINK = /href="(\/[^"#]*)"/g;
const unescape = (s: string) =>
  s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'");
/** The content of a `<meta property>` or the href of a `<link rel>`, each listed once. */
const metas = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)"`, 'g'))].map((m) =>
    unescape(m[1]!),
  );
const canonicals = (html: string) =>
  [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => unescape(m[1]!));

describe('every portal page names its one address and describes itself for sharing', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let scratch: string;
  beforeAll(async () => {
    const w = await createWorld();
    // Publishes responses with findings and updates, so there are pages of every kind.
    await plantInternalText(w);
    scratch = mkdtempSync(join(tmpdir(), 'irr-meta-'));
    const loaded = loadConfig({ IRR_PORT: '0', IRR_PUBLIC_ORIGIN: PUBLIC });
    if (!loaded.ok) throw new Error(loaded.message);
    server = await startServer({
      config: loaded.config,
      database: w.database,
      ownsDatabase: true,
      logger: createJsonLogger({ level: 'silent' }),
      apps: [{ name: 'the public portal', prefix: '/', root: scratch, buildCommand: 'none' }],
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${server.url}${path}`);

  it('has a canonical link on the configured origin and Open Graph tags, on every page a crawl reaches', async () => {
    const pages = new Map<string, string>();
    const sitemap = await (await get('/sitemap.xml')).text();
    const queue = [
      '/',
      '/search?q=force&status=in_progress&stray=1',
      '/no-such-page',
      ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.slice(PUBLIC.length)),
    ];
    while (queue.length > 0 && pages.size < 150) {
      const path = queue.shift()!;
      if (pages.has(path) || path.startsWith('/data/') || /\.xml$/.test(path)) continue;
      const res = await get(path);
      if (!res.headers.get('content-type')?.startsWith('text/html')) continue;
      const html = await res.text();
      pages.set(path, html);
      for (const m of html.matchAll(LINK))
        if (!m[1]!.startsWith('/assets/')) queue.push(unescape(m[1]!));
    }
    expect(pages.size).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const [path, html] of pages) {
      const [canonical, ...more] = canonicals(html);
      if (!canonical || more.length > 0) problems.push(`${path}: not one canonical link`);
      else if (!canonical.startsWith(`${PUBLIC}/`))
        problems.push(`${path}: canonical ${canonical}`);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) {
        const [value, ...again] = metas(html, property);
        if (!value || again.length > 0) problems.push(`${path}: not one ${property}`);
      }
      if (metas(html, 'og:url')[0] !== canonical) problems.push(`${path}: og:url is not canonical`);
      if (metas(html, 'og:site_name')[0] !== SITE_NAME) problems.push(`${path}: og:site_name`);
    }
    expect(problems).toEqual([]);
    // A page's own address is its canonical one; the search keeps its filters, not a stray parameter.
    const canonicalOf = (path: string) => canonicals(pages.get(path)!)[0];
    expect(canonicalOf('/')).toBe(`${PUBLIC}/`);
    expect(canonicalOf('/forces')).toBe(`${PUBLIC}/forces`);
    expect(canonicalOf('/search?q=force&status=in_progress&stray=1')).toBe(
      `${PUBLIC}/search?q=force&status=in_progress`,
    );
    const finding = [...pages.keys()].find((p) => p.includes('/findings/'));
    expect(finding).toBeDefined();
    expect(canonicalOf(finding!)).toBe(`${PUBLIC}${finding}`);
  });

  it('gives the same canonical address with a trailing slash or a Host header of its own', async () => {
    const html = await (await get('/forces/')).text();
    expect(canonicals(html)).toEqual([`${PUBLIC}/forces`]);
    const hostile = await rawRequest(`${server.url}/reports`, { host: 'evil.example' });
    expect(hostile.body).not.toContain('evil.example');
    expect(canonicals(hostile.body)).toEqual([`${PUBLIC}/reports`]);
  });

  it('describes the open data as a schema.org Dataset in JSON-LD, listing every download', async () => {
    const html = await (await get('/open-data')).text();
    expect(html).toContain('href="/data/datapackage.json"');
    const scripts = [
      ...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g),
    ].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(scripts).toHaveLength(1);
    const dataset = scripts[0] as {
      '@context': string;
      '@type': string;
      license: string;
      distribution: { '@type': string; contentUrl: string; encodingFormat: string }[];
    };
    expect(dataset).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset' });
    expect(dataset.license).toMatch(/open-government-licence\/version\/3/);
    const urls = dataset.distribution.map((d) => d.contentUrl);
    for (const file of ['findings.csv', 'findings.json', 'responses.csv', 'responses.json'])
      expect(urls).toContain(`${PUBLIC}/data/${file}`);
    for (const d of dataset.distribution) {
      expect(d['@type']).toBe('DataDownload');
      const res = await get(d.contentUrl.slice(PUBLIC.length));
      expect(res.status, d.contentUrl).toBe(200);
      expect(res.headers.get('content-type')).toContain(d.encodingFormat);
    }
  });
});
