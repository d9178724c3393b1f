import { launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSession } from './support.js';

interface StaffRecord {
  /** The response's own slug: its address under its force. */
  slug: string;
  id: string;
  rowVersion: number;
  latestPublishedVersion: number | null;
  report: { slug: string; title: string };
  dates: { sentToHmicfrsOn: string | null; firstPublishedOn: string | null };
}

// Issue 13, defect 3, over the wire and on the page: nobody types "first published on", and an
// approver's correction of a recorded date after publication is listed on the response page.
describe('the statutory dates of a published response, on the portal', () => {
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

  it('refuses an editor\'s "first published on", and shows an approver\'s correction with its day', async () => {
    const editor = await staffSession(register, 'editor', 'staffordshire');
    const approver = await staffSession(register, 'approver', 'staffordshire');
    const listed = await editor.query<StaffRecord[]>('records.list', {});
    const published = listed.find(
      (r) =>
        r.latestPublishedVersion !== null &&
        r.report.title.startsWith('Police effectiveness, efficiency and legitimacy 2018/19'),
    )!;
    const get = () => editor.query<StaffRecord>('records.get', { recordId: published.id });
    const page = await browser.context.newPage();
    const path = `${register.url}/forces/staffordshire/responses/${(await get()).slug}`;
    await page.goto(path);
    const firstPublished = page
      .locator('main dl > div')
      .filter({ has: page.getByRole('term').filter({ hasText: /^Response first published$/ }) })
      .getByRole('definition');
    const before = await firstPublished.innerText();

    await expect(
      editor.mutate('records.setDates', {
        recordId: published.id,
        rowVersion: (await get()).rowVersion,
        dates: { firstPublishedOn: '2020-03-01' },
      }),
    ).rejects.toThrow(/firstPublishedOn/);
    await expect(
      editor.mutate('records.setDates', {
        recordId: published.id,
        rowVersion: (await get()).rowVersion,
        dates: { sentToHmicfrsOn: '2020-03-01' },
      }),
    ).rejects.toThrow(/only an approver can correct them/);

    const recorded = (await get()).dates.sentToHmicfrsOn!;
    await approver.mutate('records.setDates', {
      recordId: published.id,
      rowVersion: (await get()).rowVersion,
      dates: { sentToHmicfrsOn: '2020-04-03' },
    });
    await page.reload();
    expect(await firstPublished.innerText()).toBe(before);
    const corrections = page.locator('h2#corrections + ul > li');
    expect(await corrections.count()).toBe(1);
    expect(await corrections.innerText()).toMatch(
      new RegExp(
        `^Corrected on \\d{1,2} \\w+ \\d{4}: Sent to HMICFRS on changed from .+ to 3 April 2020\\.$`,
      ),
    );
    expect(recorded).not.toBe('2020-04-03');
    await page.close();
  });
});
