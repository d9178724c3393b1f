import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorld, publishRecord, responseSlugOf } from '@irr/api/testing';
import { schema } from '@irr/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger.js';
import { loadConfig } from '../../config.js';
import { startServer } from '../server.js';

/**
 * Each response has a short address of its own under its force (`/forces/staffordshire/responses/peel-2018-19`);
 * the address it had before (its report's slug) still works, as a 301 to the new one, on the portal and the API.
 */
describe("a response's short permalink, and its old address", () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let scratch: string;
  let reportSlug: string;
  let responseSlug: string;
  beforeAll(async () => {
    const w = await createWorld();
    await publishRecord(w);
    reportSlug = (await w.db.select({ slug: schema.reports.slug }).from(schema.reports))[0]!.slug;
    responseSlug = await responseSlugOf(w);
    scratch = mkdtempSync(join(tmpdir(), 'irr-moved-'));
    const loaded = loadConfig({ IRR_PORT: '0' });
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

  const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

  it('is the short name of the inspection, and its pages link to themselves there', async () => {
    // The report's own slug is its title cut at 70 characters, mid-word: the address responses had before.
    expect(reportSlug).toBe(
      'police-effectiveness-efficiency-and-legitimacy-2018-19-an-inspection-o',
    );
    expect(responseSlug).toBe('peel-2018-19');
    const page = await get('/forces/staffordshire/responses/peel-2018-19');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('href="/forces/staffordshire/responses/peel-2018-19/findings/AFI1"');
    expect(html).not.toContain(`/responses/${reportSlug}`);
    const finding = await get('/forces/staffordshire/responses/peel-2018-19/findings/AFI1');
    expect(finding.status).toBe(200);
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(sitemap).toContain('/forces/staffordshire/responses/peel-2018-19</loc>');
    expect(sitemap).not.toContain(`/responses/${reportSlug}`);
  });

  it('answers the old address of each page with a 301 to the same page at the new one', async () => {
    const old = `/forces/staffordshire/responses/${reportSlug}`;
    for (const [from, to] of [
      [old, '/forces/staffordshire/responses/peel-2018-19'],
      [`${old}?version=1`, '/forces/staffordshire/responses/peel-2018-19?version=1'],
      [`${old}/findings/AFI1`, '/forces/staffordshire/responses/peel-2018-19/findings/AFI1'],
      [
        `${old}/findings/AFI1/feed.xml`,
        '/forces/staffordshire/responses/peel-2018-19/findings/AFI1/feed.xml',
      ],
      [`/api/v1${old}`, '/api/v1/forces/staffordshire/responses/peel-2018-19'],
      [
        `/api/v1${old}/findings/AFI1`,
        '/api/v1/forces/staffordshire/responses/peel-2018-19/findings/AFI1',
      ],
    ]) {
      const res = await get(from!);
      expect(res.status, from).toBe(301);
      expect(res.headers.get('location'), from).toBe(to);
      expect((await fetch(`${server.url}${to}`)).status, to).toBe(200);
    }
  });

  it('is still "not found" for an address no published response ever had, or under another force', async () => {
    for (const path of [
      '/forces/staffordshire/responses/no-such-response',
      `/forces/west-midlands/responses/${reportSlug}`,
      `/forces/west-midlands/responses/peel-2018-19`,
      `/api/v1/forces/west-midlands/responses/${reportSlug}`,
    ])
      expect((await get(path)).status, path).toBe(404);
  });
});
