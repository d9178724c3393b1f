import { axeViolations, launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { expectStructure } from './support.js';

/** The numbers table's rows by their first cell (a year, or "All"), each as its cells' text. */
async function tableRows(page: Page): Promise<Map<string, string[]>> {
  const rows = await page.$$eval('table tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
  );
  return new Map(rows.map((r) => [r[0]!, r.slice(1)]));
}

describe('compliance at a glance', () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await startRegister({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await register?.dispose();
  });

  it('draws every force’s responses and findings as charts with their numbers, with JavaScript off', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const plain = await noJs.context.newPage();
    await plain.goto(`${register.url}/`);
    await plain
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Compliance' })
      .click();
    await plain.getByRole('heading', { level: 1, name: 'Compliance at a glance' }).waitFor();
    expect(await plain.locator('figure.chart svg[role="img"]').count()).toBe(2);
    await noJs.close();

    const page = await browser.context.newPage();
    await page.goto(`${register.url}/compliance`);
    expect(await axeViolations(page)).toEqual([]);
    await expectStructure(page);
    // Each chart is one image with a name and a description that says its numbers.
    const charts = page.getByRole('img', { name: /by the year of the report/ });
    expect(await charts.count()).toBe(2);
    expect(await charts.first().getAttribute('aria-labelledby')).toMatch(/-title .*-desc$/);
    const rows = await tableRows(page);
    const all = rows.get('All')!;
    const years = [...rows.keys()].filter((k) => k !== 'All');
    expect(years.length).toBeGreaterThan(1);
    // The "All" row adds up its years, column by column (the counts; medians do not add).
    for (const column of [0, 1, 2, 3, 4, 6, 7, 8])
      expect(Number(all[column])).toBe(
        years.reduce((sum, y) => sum + Number(rows.get(y)![column]), 0),
      );
    // The demo's national report: one force late, one overdue and unpublished.
    expect(Number(all[1])).toBeGreaterThan(0);
    expect(Number(all[2])).toBeGreaterThan(0);
    await page.close();
  });

  it('narrows to a period chosen in the form, and a force’s own figures from its page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${register.url}/compliance`);
    const allYears = [...(await tableRows(page)).keys()].filter((k) => k !== 'All');
    const year = allYears.at(-1)!;
    await page.getByLabel('From the start of').selectOption(year);
    await page.getByLabel('To the end of').selectOption(year);
    await page.getByRole('button', { name: 'Show this period' }).click();
    await page.waitForURL(/\/compliance\?from=\d{4}&to=\d{4}$/);
    expect([...(await tableRows(page)).keys()]).toEqual([year, 'All']);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      new RegExp(`/compliance\\?from=${year}&to=${year}$`),
    );

    await page.goto(`${register.url}/forces/staffordshire`);
    await page.getByRole('heading', { level: 2, name: 'Compliance at a glance' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectStructure(page);
    await page
      .getByRole('link', { name: 'Compliance of Staffordshire Police over a period you choose' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Staffordshire Police: compliance at a glance' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('downloads the same figures as CSV and JSON, and refuses a period it cannot read', async () => {
    const csv = await fetch(`${register.url}/data/compliance.csv?organisationSlug=staffordshire`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(await csv.text());
    expect(rows[0]!.slice(0, 5)).toEqual([
      'force_slug',
      'period_from',
      'period_to',
      'year',
      'responses_on_time',
    ]);
    expect(rows.slice(1).every((r) => r[0] === 'staffordshire')).toBe(true);
    // The last row is the whole period's, with no year.
    expect(rows.at(-1)![3]).toBe('');
    const json = (await (await fetch(`${register.url}/data/compliance.json`)).json()) as {
      rows: { year: number | null; responses_late: number }[];
    };
    expect(json.rows.at(-1)!.year).toBeNull();
    expect(json.rows.at(-1)!.responses_late).toBeGreaterThan(0);
    const bad = await fetch(`${register.url}/data/compliance.csv?from=last-spring`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('"last-spring" is not a year or a date');
  });
});
