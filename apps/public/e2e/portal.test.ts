import { axeViolations, launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { expectStructure, scrollsSideways } from './support.js';

const LICENCE =
  'Contains public sector information licensed under the Open Government Licence v3.0.';
let register: Register;
let browser: Browser;
let responsePath: string;
let findingPath: string;

beforeAll(async () => {
  register = await startRegister({ demo: true });
  browser = await launchBrowser();
  const sitemap = await (await fetch(`${register.url}/sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  // The seed's PEEL 2018/19 response, at its own short address.
  responsePath = locs.find((p) => p === '/forces/staffordshire/responses/peel-2018-19')!;
  findingPath = locs.find((p) => p.startsWith(`${responsePath}/findings/`))!;
  expect(responsePath).toBeTruthy();
});
afterAll(async () => {
  await browser?.close();
  await register?.dispose();
});

async function open(path: string, b: Browser = browser): Promise<Page> {
  const page = await b.context.newPage();
  const res = await page.goto(`${register.url}${path}`);
  expect(res?.status(), path).toBeLessThan(500);
  return page;
}

describe('reading the register', () => {
  it('browses from the home page to a force, its response and a finding', async () => {
    const page = await open('/');
    expect(await page.locator('h1').textContent()).toBe('Inspection Response Register');
    expect(await page.locator('h2', { hasText: 'Latest published responses' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Staffordshire Police', exact: true }).click();
    await page.waitForURL(/\/forces\/staffordshire$/);
    expect(await page.locator('h1').textContent()).toBe('Staffordshire Police');
    expect(await page.locator('table').first().textContent()).toMatch(/Within 56 days/);
    await page
      .getByRole('link', { name: /^Police effectiveness, efficiency and legitimacy 2018\/19/ })
      .first()
      .click();
    await page.waitForURL(new RegExp(`${responsePath}$`));
    const main = (await page.locator('main').textContent())!;
    for (const text of [
      'Matthew Ellis',
      'Acting Chief Constable',
      'Summary of the inspection',
      'Areas for improvement',
      'Investigating Crime',
      "The commissioner's comments",
      "The chief officer's comments",
      'Version history',
      'Latest public update',
    ]) {
      expect(main).toContain(text);
    }
    expect(
      await page
        .getByRole('link', { name: /Police effectiveness.*HMICFRS website/ })
        .getAttribute('href'),
    ).toMatch(/^https:\/\/hmicfrs\./);
    await page.getByRole('link', { name: /Full history of area for improvement AFI1/ }).click();
    await page.waitForURL(/\/findings\/AFI1$/);
    expect(await page.locator('h1').textContent()).toBe('Area for improvement AFI1');
    expect(await page.locator('main').textContent()).toMatch(
      /Original target date[\s\S]*Timeline[\s\S]*status changed/,
    );
    await page.close();
  });

  it('searches, highlights the words, filters with counts per value, and pages', async () => {
    const page = await open('/');
    await page.getByLabel('Search findings, updates and responses').fill('vetting');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=vetting/);
    const total = Number((await page.locator('#results h2').first().textContent())!.split(' ')[0]);
    expect(total).toBeGreaterThan(0);
    expect(await page.locator('.snippet mark').first().textContent()).toMatch(/vet/i);
    // Counts per value: choosing a kind gives exactly the count its option showed.
    const option = page.locator('#filter-kind option', { hasText: 'Area for improvement' });
    const shown = Number(/\((\d+)\)/.exec((await option.textContent())!)![1]);
    await page.getByLabel('Kind of finding').selectOption('area_for_improvement');
    await page.waitForURL(/kind=area_for_improvement/);
    await expect
      .poll(() => page.locator('#results h2').first().textContent())
      .toBe(`${shown} ${shown === 1 ? 'finding' : 'findings'}`);
    for (const heading of await page.locator('.result h3').allTextContents())
      expect(heading).toContain('Area for improvement');
    // Every filter the issue names is offered.
    for (const name of [
      'Force',
      'Year of report',
      'Type of report',
      'Kind of finding',
      'Status',
      'Grade',
      'Area',
    ])
      expect(await page.getByLabel(name, { exact: true }).count()).toBe(1);
    await page.close();
  });

  it('changes nothing while arrow keys move through a filter; Enter or leaving it applies the choice (WCAG 3.2.2)', async () => {
    const page = await open('/search');
    const searches: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/search') searches.push(r.url());
    });
    const kind = page.getByLabel('Kind of finding');
    await kind.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = await kind.inputValue();
    expect(chosen).not.toBe('');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`kind=${chosen}`));
    // One search, for the value Enter chose: none for the value the first arrow passed through.
    expect(searches).toHaveLength(1);
    expect(searches[0]).toContain(`kind=${chosen}`);
    expect(await kind.evaluate((el) => el === document.activeElement)).toBe(true);

    const status = page.getByLabel('Status', { exact: true });
    await status.focus();
    await page.keyboard.press('ArrowDown');
    const state = await status.inputValue();
    expect(searches).toHaveLength(1);
    await page.keyboard.press('Tab');
    await page.waitForURL(new RegExp(`status=${state}`));
    expect(searches).toHaveLength(2);

    // The response page's status filter: shown findings change only once the choice is made.
    const response = await open(responsePath);
    const all = await response.locator('article.finding:visible').count();
    const filter = response.getByLabel('Show findings with status');
    await filter.focus();
    await response.keyboard.press('ArrowDown');
    expect(await response.locator('article.finding:visible').count()).toBe(all);
    await response.keyboard.press('Enter');
    await expect.poll(() => response.locator('article.finding:visible').count()).toBeLessThan(all);
    await response.close();
    await page.close();
  });

  it('suggests a spelling when a search finds nothing, and names reports by their short names', async () => {
    const page = await open('/search?q=vettign');
    expect(await page.locator('#results h2').first().textContent()).toBe('0 findings');
    const suggestion = page.getByRole('link', { name: 'vetting', exact: true });
    expect(await page.locator('.suggestion').textContent()).toBe('Did you mean vetting?');
    await suggestion.click();
    await page.waitForURL(/\/search\?q=vetting$/);
    const total = Number((await page.locator('#results h2').first().textContent())!.split(' ')[0]);
    expect(total).toBeGreaterThan(0);
    expect(await page.locator('.suggestion').count()).toBe(0);

    // Reports by the short names people use: "PEEL 2018/19" names the report spelt out in full.
    await page.goto(`${register.url}/search?q=${encodeURIComponent('PEEL 2018/19')}`);
    await page.getByRole('heading', { name: 'Reports with that name' }).waitFor();
    const report = page.getByRole('link', {
      name: /^Police effectiveness, efficiency and legitimacy 2018\/19/,
    });
    expect(await report.count()).toBeGreaterThan(0);
    await report.first().click();
    await page
      .getByRole('heading', {
        level: 1,
        name: /^Police effectiveness, efficiency and legitimacy 2018\/19/,
      })
      .waitFor();
    await page.close();
  });

  it('filters by force and status without JavaScript, by submitting the form', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await open('/search', noJs);
    await page.getByLabel('Force', { exact: true }).selectOption('staffordshire');
    await page.getByLabel('Status', { exact: true }).selectOption('closed');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/organisationSlug=staffordshire/);
    const metas = await page.locator('.result .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) expect(m).toContain('Closed');
    for (const h of await page.locator('.result h3').allTextContents())
      expect(h).toMatch(/^Staffordshire Police:/);
    await noJs.close();
  });

  it('downloads the findings of a search as CSV and JSON that parse, with the licence and raw values', async () => {
    const page = await open('/search?kind=recommendation');
    const total = Number((await page.locator('#results h2').first().textContent())!.split(' ')[0]);
    const href = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
    expect(href).toBe('/data/findings.csv?kind=recommendation');
    const res = await fetch(`${register.url}${href}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual(
      expect.arrayContaining([
        'finding_id',
        'force_slug',
        'kind',
        'status',
        'grade',
        'target_date',
        'text',
        'url',
        'licence',
      ]),
    );
    expect(rows).toHaveLength(total);
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      expect(row[col('kind')]).toBe('recommendation');
      expect([
        'not_started',
        'in_progress',
        'completed',
        'closed',
        'superseded',
        'no_longer_applicable',
      ]).toContain(row[col('status')]);
      expect(row[col('licence')]).toBe(LICENCE);
    }
    const json = (await (
      await fetch(`${register.url}/data/responses.json?organisationSlug=staffordshire`)
    ).json()) as { licence: string; rows: { force_slug: string }[]; columns: unknown[] };
    expect(json.licence).toBe(LICENCE);
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.rows.every((r) => r.force_slug === 'staffordshire')).toBe(true);
    const responsesCsv = parseCsv(await (await fetch(`${register.url}/data/responses.csv`)).text());
    expect(responsesCsv[0]).toContain('on_time');
    await page.close();
  });

  it('reads the site-wide and per-force Atom feeds, whose entries lead to live pages', async () => {
    const page = await open('/');
    for (const path of ['/feed.xml', '/forces/staffordshire/feed.xml']) {
      const res = await fetch(`${register.url}${path}`);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const xml = await res.text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          rights: doc.querySelector('feed > rights')?.textContent,
          entries: [...doc.querySelectorAll('entry')].map((e) => ({
            title: e.querySelector('title')?.textContent ?? '',
            href: e.querySelector('link')?.getAttribute('href') ?? '',
          })),
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.rights).toBe(LICENCE);
      expect(parsed.entries.length).toBeGreaterThan(0);
      if (path.startsWith('/forces/'))
        for (const e of parsed.entries) expect(e.title).toContain('Staffordshire Police');
      expect((await fetch(parsed.entries[0]!.href)).status).toBe(200);
    }
    await page.close();
  });

  it('shows the response with JavaScript off, and enhances it when JavaScript runs', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const plain = await open(responsePath, noJs);
    expect(await plain.locator('h1').textContent()).toMatch(/^Police effectiveness/);
    expect(await plain.getByText('The force needs to improve its oversight').isVisible()).toBe(
      true,
    );
    expect(await plain.getByRole('button', { name: 'Print this response' }).isVisible()).toBe(
      false,
    );
    await noJs.close();

    const page = await open(responsePath);
    expect(await page.getByRole('button', { name: 'Print this response' }).isVisible()).toBe(true);
    const all = await page.locator('article.finding').count();
    await page.getByLabel('Show findings with status').selectOption('closed');
    const visible = await page.locator('article.finding:visible').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(all);
    for (const s of await page
      .locator('article.finding:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status)))
      expect(s).toBe('closed');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.close();
  });

  it('is usable by keyboard alone: skip link, then to a force and its response', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to main content',
    );
    const tabTo = async (text: RegExp) => {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            text: el.textContent ?? '',
            outline: style.outlineStyle,
            shadow: style.boxShadow,
          };
        });
        if (text.test(focused.text)) {
          expect(focused.outline !== 'none' || focused.shadow !== 'none').toBe(true);
          return;
        }
      }
      throw new Error(`never reached ${text} by Tab`);
    };
    await tabTo(/^Staffordshire Police$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/forces\/staffordshire$/);
    await tabTo(/^Police effectiveness, efficiency and legitimacy 2018\/19/);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${responsePath}$`));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});

describe('every page', () => {
  const pages = () => [
    '/',
    '/forces',
    '/forces/staffordshire',
    '/reports',
    '/reports/an-inspection-of-how-well-the-police-respond-to-missing-children',
    responsePath,
    findingPath,
    '/search',
    '/search?q=vetting',
    '/open-data',
    '/compliance',
    '/accessibility',
    '/api',
    '/no-such-page',
    // An address with a NUL byte: the page that says so (400), held to the same standard.
    '/search?q=%00',
  ];

  it('has no axe violations, one h1, headings in order and its content in landmarks', async () => {
    for (const path of pages()) {
      const page = await open(path);
      expect(await axeViolations(page), path).toEqual([]);
      await expectStructure(page);
      // The CSP allows no inline script or style: the server-rendered markup needs none. The one
      // exception is a JSON-LD data block (the open-data page's Dataset), which no browser runs and
      // the CSP does not govern: it must hold JSON and nothing else.
      const markup = await (await fetch(`${register.url}${path}`)).text();
      const dataBlock = /<script type="application\/ld\+json">([^<]*)<\/script>/g;
      for (const block of markup.matchAll(dataBlock))
        expect(() => JSON.parse(block[1]!) as unknown).not.toThrow();
      expect(markup.replace(dataBlock, ''), path).not.toMatch(
        /<style|\sstyle=|<script(?![^>]*\ssrc=)/,
      );
      for (const src of markup.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
        // Only the portal's own small script, with nothing of the staff side in it.
        expect(src[1]).toMatch(/^\/assets\/portal-[\w-]+\.js$/);
        const js = await (await fetch(`${register.url}${src[1]}`)).text();
        expect(js).not.toMatch(/trpc|\/admin|workflow|signIn/);
      }
      await page.close();
    }
  });

  it('reflows at 320 px wide and at 200% zoom without scrolling sideways, splits no word in a table, and stacks tables at 375 px', async () => {
    for (const path of pages()) {
      const page = await open(path);
      for (const width of [320, 640]) {
        // 200% zoom of a 1280 px window is a 640 px layout viewport; 320 px is 400%.
        await page.setViewportSize({ width, height: 640 });
        expect(await scrollsSideways(page), `${path} at ${width} px`).toBe(false);
      }
      // At a phone's 375 px, no word in a table is split across lines ("Respon / se due"): a table too wide
      // for the screen scrolls in its own region instead.
      await page.setViewportSize({ width: 375, height: 640 });
      const split = await page.evaluate(() => {
        const found: string[] = [];
        for (const cell of document.querySelectorAll('th, td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            // A hyphen is a place to break ("counter-/corruption"): the words are what lies between.
            for (const m of (node.textContent ?? '').matchAll(/[^\s\-\u2010\u2013\u2014/]+/g)) {
              const range = document.createRange();
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) found.push(m[0]);
            }
          }
        }
        return found;
      });
      expect(split, `${path}: words split in tables at 375 px`).toEqual([]);
      // There every table is a stack of summaries: rows as blocks, each value under its column's name,
      // nothing scrolling sideways in its region; and still a table, with its headers, to assistive technology.
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll('table')].map((table) => {
          const region = table.closest('.table-wrap')!;
          const cells = [...table.querySelectorAll('tbody td')];
          return {
            rowsAsBlocks: [...table.querySelectorAll('tbody tr')].every(
              (tr) => getComputedStyle(tr).display === 'block',
            ),
            unlabelled: cells
              .filter((td) => !getComputedStyle(td, '::before').content.includes(':'))
              .map((td) => td.textContent),
            labelsAreHeaders: cells.every((td) =>
              [...table.querySelectorAll('thead th')].some(
                (th) => th.textContent === td.getAttribute('data-label'),
              ),
            ),
            scrolls: region.scrollWidth > region.clientWidth + 1,
          };
        }),
      );
      for (const [i, t] of tables.entries())
        expect(t, `${path}: table ${i + 1} at 375 px`).toEqual({
          rowsAsBlocks: true,
          unlabelled: [],
          labelsAreHeaders: true,
          scrolls: false,
        });
      if (tables.length > 0) {
        const table = page.getByRole('table').first();
        expect(await table.getByRole('columnheader').count()).toBeGreaterThan(1);
        expect(await table.getByRole('cell').count()).toBeGreaterThan(0);
      }
      await page.close();
    }
  });
});
