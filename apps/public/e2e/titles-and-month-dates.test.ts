import { axeViolations, launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_UNKNOWN, expectStructure, staffSession } from './support.js';

interface StaffRecord {
  /** The response's own slug: its address under its force. */
  slug: string;
  id: string;
  rowVersion: number;
  status: string;
  report: { slug: string };
  organisation: { slug: string };
  findings: { id: string; rowVersion: number; ref: string }[];
  record: { findings: { ref: string; kind: string; reference: string | null }[] };
}

describe("a finding's title, a month-only update and the document version, on the portal", () => {
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

  it('shows the title in the headings, a month-only update by its month and the version label', async () => {
    const editor = await staffSession(register, 'editor', 'staffordshire');
    const approver = await staffSession(register, 'approver', 'staffordshire');
    const published = (await editor.query<StaffRecord[]>('records.list', {})).find(
      (r) => r.organisation.slug === 'staffordshire' && r.status === 'published',
    )!;
    let r = await approver.mutate<StaffRecord>('workflow.transition', {
      recordId: published.id,
      rowVersion: published.rowVersion,
      to: 'draft',
    });
    r = await editor.query<StaffRecord>('records.get', { recordId: r.id });
    r = await editor.mutate<StaffRecord>('records.updateDraft', {
      recordId: r.id,
      rowVersion: r.rowVersion,
      patch: { documentVersion: 'v1.1' },
    });
    const target = r.findings[0]!;
    await editor.mutate<StaffRecord>('findings.updateContent', {
      findingId: target.id,
      rowVersion: target.rowVersion,
      patch: { title: 'Crime data integrity' },
    });
    r = await editor.mutate<StaffRecord>('findings.addUpdate', {
      findingId: target.id,
      update: {
        date: '2099-05-01',
        datePrecision: 'month',
        author: 'force',
        visibility: 'public',
        text: '<p>Audit finished.</p>',
      },
    });
    for (const [who, to] of [
      [editor, 'in_review'],
      [approver, 'approved'],
      [approver, 'published'],
    ] as const)
      r = await who.mutate<StaffRecord>('workflow.transition', {
        recordId: r.id,
        rowVersion: r.rowVersion,
        to,
        ...(to === 'approved' && { dateUnknownReason: DATE_UNKNOWN }),
      });
    expect(r.status).toBe('published');
    const finding = r.record.findings.find((f) => f.ref === target.ref)!;
    const name = new RegExp(`${finding.reference ?? finding.ref}: Crime data integrity$`);
    const response = `/forces/staffordshire/responses/${r.slug}`;

    const page = await browser.context.newPage();
    await page.goto(`${register.url}${response}/findings/${encodeURIComponent(target.ref)}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(name);
    const update = page.getByRole('heading', { level: 3, name: /^May 2099: / });
    expect(await update.count()).toBe(1);
    expect(await page.getByText('1 May 2099').count()).toBe(0);
    expect(await axeViolations(page), 'finding page').toEqual([]);
    await expectStructure(page);

    await page.goto(`${register.url}${response}`);
    const article = page.locator(`article:has(#finding-${target.ref})`);
    expect(await article.locator(`#finding-${target.ref}`).innerText()).toMatch(name);
    expect(await article.getByText(/^Latest public update, May 2099 /).count()).toBe(1);
    const version = page
      .locator('dl > div')
      .filter({ has: page.getByRole('term').filter({ hasText: "The office's document version" }) })
      .getByRole('definition');
    expect(await version.innerText()).toBe('v1.1');
    expect(await axeViolations(page), 'response page').toEqual([]);
    await expectStructure(page);

    await page.goto(`${register.url}/search?q=${encodeURIComponent('Audit finished')}`);
    expect(
      await page.getByRole('link', { name: /: Crime data integrity$/ }).count(),
    ).toBeGreaterThan(0);
    await page.close();
  });
});
