import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { axeViolations, launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStructure } from './support.js';

interface Answer {
  status: number;
  etag: string | null;
  link: string | null;
  json: unknown;
}

describe('the read API, from a browser page on another site', () => {
  let register: Register;
  let browser: Browser;
  let elsewhere: Server;
  let elsewhereUrl: string;
  beforeAll(async () => {
    register = await startRegister({ demo: true });
    browser = await launchBrowser();
    // A newsroom's page: another origin (another port) that knows nothing of the register.
    elsewhere = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><html lang="en"><title>Newsroom</title><h1>Newsroom</h1></html>'),
    );
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    await register?.dispose();
    await new Promise((resolve) => elsewhere?.close(resolve));
  });

  it('calls every endpoint the description lists, reads its ETag, and gets a 304 with it', async () => {
    const doc = (await (await fetch(`${register.url}/api/openapi.json`)).json()) as {
      servers: { url: string }[];
      paths: Record<string, unknown>;
    };
    const base = doc.servers[0]!.url;
    expect(base).toBe(`${register.url}/api/v1`);
    const page = await browser.context.newPage();
    await page.goto(elsewhereUrl);
    const get = (url: string, etag?: string) =>
      page.evaluate(
        async ([address, tag]) => {
          const res = await fetch(address, tag ? { headers: { 'If-None-Match': tag } } : {});
          return {
            status: res.status,
            etag: res.headers.get('etag'),
            link: res.headers.get('link'),
            json:
              res.status !== 200
                ? null
                : res.headers.get('content-type')?.includes('json')
                  ? ((await res.json()) as unknown)
                  : await res.text(),
          } satisfies Answer;
        },
        [url, etag] as const,
      );
    expect(await page.evaluate(() => location.origin)).not.toBe(new URL(register.url).origin);

    const forces = (await get(`${base}/forces`)).json as {
      slug: string;
      publishedResponses: number;
    }[];
    const force = forces.find((f) => f.publishedResponses > 0)!;
    const responses = (await get(`${base}/forces/${force.slug}/responses?limit=1`)) as Answer & {
      json: { responses: { reportSlug: string; responseSlug: string }[]; next: string | null };
    };
    // A page's Link header is readable by the page: the API exposes it.
    if (responses.json.next) expect(responses.link).toContain('rel="next"');
    const { reportSlug, responseSlug } = responses.json.responses[0]!;
    const response = (await get(`${base}/forces/${force.slug}/responses/${responseSlug}`)).json as {
      tracking: Record<string, unknown>;
    };
    const values: Record<string, string> = {
      organisationSlug: force.slug,
      responseSlug,
      reportSlug,
      slug: reportSlug,
      ref: Object.keys(response.tracking)[0]!,
    };
    for (const template of Object.keys(doc.paths)) {
      const url = `${base}${template.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(values[n]!))}`;
      const answer = await get(url);
      expect(answer.status, url).toBe(200);
      expect(answer.json, url).not.toBeNull();
      expect(answer.etag, url).toMatch(/^"[0-9a-f]{32}/);
      // If-None-Match is not a simple header: the browser asks first (preflight), then sends it.
      expect((await get(url, answer.etag!)).status, url).toBe(304);
    }

    // The feeds and the open data too; the staff API is not readable from another site.
    for (const path of ['/feed.xml', '/data/findings.csv', '/data/datapackage.json']) {
      expect((await get(`${register.url}${path}`)).status, path).toBe(200);
    }
    const staff = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'read';
      } catch (e) {
        return (e as Error).name;
      }
    }, `${register.url}/trpc/public.organisations`);
    expect(staff).toBe('TypeError');
    await page.close();
  });

  it('documents the API on an accessible portal page reached from the footer', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${register.url}/open-data`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'API for developers' }).click();
    await page.getByRole('heading', { level: 1, name: 'API for developers' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectStructure(page);
    await page.getByRole('link', { name: 'A finding, with its history' }).click();
    expect(page.url()).toMatch(/#get-finding$/);
    const parameters = page.getByRole('region', { name: /^Parameters of “/ });
    expect(await parameters.count()).toBeGreaterThan(5);
    await page.close();
  });
});
