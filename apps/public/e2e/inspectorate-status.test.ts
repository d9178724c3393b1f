import { axeViolations, launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStructure, staffSession } from './support.js';

const SOURCE = 'https://hmicfrs.justiceinspectorates.gov.uk/our-work/article/aoi-list/';

interface StaffRecord {
  /** The response's own slug: its address under its force. */
  slug: string;
  id: string;
  latestPublishedVersion: number | null;
  report: { slug: string; title: string };
  organisation: { slug: string };
  findings: { id: string; rowVersion: number; ref: string }[];
}

describe("HMICFRS's own status for a finding, on the portal", () => {
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

  /** The value beside a term of the page's summary lists, or null when the term is not there. */
  async function fact(page: Page, scope: string, term: string) {
    const row = page
      .locator(`${scope} dl > div`)
      .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) });
    return (await row.count()) === 0 ? null : row.getByRole('definition');
  }

  it('shows it beside our status on the finding and response pages once staff record it', async () => {
    const editor = await staffSession(register, 'editor', 'staffordshire');
    const listed = await editor.query<StaffRecord[]>('records.list', {});
    const published = listed.find(
      (r) =>
        r.latestPublishedVersion !== null &&
        r.report.title.startsWith('Police effectiveness, efficiency and legitimacy 2018/19'),
    )!;
    const record = await editor.query<StaffRecord>('records.get', { recordId: published.id });
    const afi = record.findings.find((f) => f.ref === 'AFI1')!;
    const responsePath = `/forces/staffordshire/responses/${record.slug}`;

    // Nothing shown while none is recorded.
    const page = await browser.context.newPage();
    await page.goto(`${register.url}${responsePath}/findings/AFI1`);
    expect(await fact(page, 'main', 'Status')).not.toBeNull();
    expect(await fact(page, 'main', 'HMICFRS status')).toBeNull();

    await editor.mutate('findings.setInspectorateStatus', {
      findingId: afi.id,
      rowVersion: afi.rowVersion,
      inspectorateStatus: { status: 'Being progressed', on: '2026-11-20', source: SOURCE },
    });

    await page.reload();
    const shown = (await fact(page, 'main', 'HMICFRS status'))!;
    // innerText includes the visually hidden rest of the link's name.
    const text =
      /^Being progressed \(given 20 November 2026\)\. Source\s+of HMICFRS's status for /i;
    expect(await shown.innerText()).toMatch(text);
    const source = shown.getByRole('link', {
      name: "Source of HMICFRS's status for Area for improvement AFI1",
    });
    expect(await source.getAttribute('href')).toBe(SOURCE);
    expect(await axeViolations(page), 'finding page').toEqual([]);
    await expectStructure(page);

    // The response page: on AFI1's entry only, its link named for the finding among many.
    await page.goto(`${register.url}${responsePath}`);
    const onAfi1 = (await fact(page, 'article:has(#finding-AFI1)', 'HMICFRS status'))!;
    expect(await onAfi1.innerText()).toMatch(text);
    const link = page.getByRole('link', {
      name: "Source of HMICFRS's status for area for improvement AFI1",
    });
    expect(await link.getAttribute('href')).toBe(SOURCE);
    expect(
      await page
        .getByRole('term')
        .filter({ hasText: /^HMICFRS status$/ })
        .count(),
    ).toBe(1);
    expect(await axeViolations(page), 'response page').toEqual([]);
    await expectStructure(page);
    await page.close();
  });
});
