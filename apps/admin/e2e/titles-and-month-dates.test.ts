import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  fillDate,
  registerWith,
  signIn,
} from './support';

const EVE = { email: 'eve@staffs.example.org', role: 'editor' as const, name: 'Eve Editor' };

describe("a finding's title, a month-only update and the document version, in the admin app", () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([EVE], { importSeed: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
  });

  it('an editor gives a finding a title, dates an update by month and labels the document', async () => {
    const page = await browser.context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, register.url, EVE.email);
    await page.goto(`${register.url}/admin/records`);
    await page.getByRole('link', { name: /Police effectiveness/ }).click();

    // The office's own version label, in the record's details.
    const label = page.getByLabel("The office's document version");
    await label.fill('v1.1');
    await page.getByRole('button', { name: 'Save record' }).first().click();
    await expect.poll(() => page.getByText('You have unsaved changes.').count()).toBe(0);

    // The title, in the finding's editor; the finding's heading shows it.
    await page.getByRole('button', { name: 'Edit AFI1' }).click();
    const title = page.getByRole('form', { name: /AFI1/ }).getByLabel('Title', { exact: true });
    await title.fill('Vetting backlog');
    await expectAccessible(page, 'finding editor with a title');
    await page.getByRole('button', { name: 'Save AFI1' }).click();
    await page.getByRole('heading', { level: 4, name: /AFI1 .*: Vetting backlog/ }).waitFor();

    // Stored, not only shown.
    await page.reload();
    await page.getByRole('heading', { level: 4, name: /AFI1 .*: Vetting backlog/ }).waitFor();
    expect(await page.getByLabel("The office's document version").inputValue()).toBe('v1.1');

    // A month-only update: chosen as such, shown as "May 2025", never "1 May 2025".
    await page.getByRole('link', { name: /Track AFI1/ }).click();
    await page.getByRole('heading', { level: 1, name: /^AFI1 · .*: Vetting backlog$/ }).waitFor();
    await page.getByLabel('Date given as').selectOption('month');
    await fillDate(page, 'Month of the update', '2025-05');
    await page.getByRole('textbox', { name: 'Update' }).fill('Backlog cleared.');
    await expectAccessible(page, 'add update with a month-only date');
    await page.getByRole('button', { name: 'Add update' }).click();
    const item = page.locator('.timeline__item').filter({ hasText: 'Backlog cleared.' });
    await item.waitFor();
    const meta = await item.locator('.timeline__meta').innerText();
    expect(meta).toMatch(/^May 2025 · Force update/);
    expect(meta).not.toContain('1 May 2025');
    expect(consoleErrors).toEqual([]);
  });
});
