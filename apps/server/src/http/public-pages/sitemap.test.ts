import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorld, plantInternalText } from '@irr/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger.js';
import { loadConfig } from '../../config.js';
import { startServer } from '../server.js';

const PUBLIC = 'https://register.example.org';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
/** Each `<url>` or `<sitemap>` entry's address and day last changed. */
const entries = (xml: string) =>
  [...xml.matchAll(/<(?:url|sitemap)><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map(
    (m) => ({ loc: m[1]!, lastmod: m[2] ?? null }),
  );

describe('the sitemap', () => {
  let world: Awaited<ReturnType<typeof createWorld>>;
  let scratch: string;
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  const serve = async (sitemapLimit?: number) => {
    const loaded = loadConfig({ IRR_PORT: '0', IRR_PUBLIC_ORIGIN: PUBLIC });
    if (!loaded.ok) throw new Error(loaded.message);
    const server = await startServer({
      config: loaded.config,
      database: world.database,
      logger: createJsonLogger({ level: 'silent' }),
      apps: [{ name: 'the public portal', prefix: '/', root: scratch, buildCommand: 'none' }],
      sitemapLimit,
    });
    servers.push(server);
    return (path: string) => fetch(`${server.url}${path}`);
  };
  beforeAll(async () => {
    world = await createWorld();
    await plantInternalText(world);
    scratch = mkdtempSync(join(tmpdir(), 'irr-sitemap-'));
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await world.database.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('dates each page by the newest change it shows', async () => {
    const get = await serve();
    const xml = await (await get('/sitemap.xml')).text();
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const list = entries(xml);
    const day = /^\d{4}-\d{2}-\d{2}$/;
    for (const e of list) if (e.lastmod !== null) expect(e.lastmod, e.loc).toMatch(day);
    const home = list.find((e) => e.loc === `${PUBLIC}/`)!;
    const responses = list.filter((e) => /\/responses\/[^/]+$/.test(e.loc));
    expect(responses.length).toBeGreaterThan(0);
    for (const r of responses) {
      expect(r.lastmod, r.loc).toMatch(day);
      expect(r.lastmod! <= home.lastmod!).toBe(true);
      // A finding's page changed no later than its response's page says.
      for (const f of list.filter((e) => e.loc.startsWith(`${r.loc}/findings/`)))
        expect(f.lastmod! <= r.lastmod!, f.loc).toBe(true);
    }
    expect(home.lastmod).toBe([...responses.map((r) => r.lastmod!)].sort().at(-1));
    expect(list.find((e) => e.loc === `${PUBLIC}/accessibility`)!.lastmod).toBeNull();
    // Past the last part there is none.
    expect((await get('/sitemaps/1.xml')).status).toBe(404);
  });

  it('becomes an index of parts when it holds more pages than one file may list', async () => {
    const whole = entries(await (await (await serve())('/sitemap.xml')).text());
    const get = await serve(4);
    const index = await (await get('/sitemap.xml')).text();
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const parts = entries(index);
    expect(parts.map((p) => p.loc)).toEqual(
      Array.from(
        { length: Math.ceil(whole.length / 4) },
        (_, i) => `${PUBLIC}/sitemaps/${i + 1}.xml`,
      ),
    );
    const listed: { loc: string; lastmod: string | null }[] = [];
    for (const part of parts) {
      const res = await get(part.loc.slice(PUBLIC.length));
      expect(res.status).toBe(200);
      const xml = await res.text();
      expect(xml).toContain('<urlset');
      const urls = entries(xml);
      expect(urls.length).toBeLessThanOrEqual(4);
      expect(part.lastmod).toBe(
        urls
          .map((u) => u.lastmod)
          .filter((d) => d !== null)
          .sort()
          .at(-1) ?? null,
      );
      listed.push(...urls);
    }
    expect(listed).toEqual(whole);
    expect(locs(index).length).toBeGreaterThan(1);
    expect((await get(`/sitemaps/${parts.length + 1}.xml`)).status).toBe(404);
  });
});
