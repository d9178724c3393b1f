import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  registerWith,
  signIn,
} from './support';

const EVE = { email: 'eve@staffs.example.org', role: 'editor' as const, name: 'Eve Editor' };

/** Whether text is public is the user's explicit choice on every form, starting at internal. */
describe('who can see an update or a reason, in the admin app', () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([EVE], { importSeed: true });
    browser = await launchBrowser();
    // One sign-in for the browser's context: each test opens its own page in it.
    await signIn(await browser.context.newPage(), register.url, EVE.email);
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
  });

  const openRecord = async (page: Page) => {
    await page.goto(`${register.url}/admin/records`);
    await page.getByRole('link', { name: /Police effectiveness/ }).click();
    await page.getByRole('heading', { level: 1, name: /Police effectiveness/ }).waitFor();
  };
  const choice = (page: Page, legend: string) => page.getByRole('group', { name: legend });
  const timelineItem = (page: Page, text: string) =>
    page.getByRole('listitem').filter({ hasText: text });

  it('the update form starts at internal, and an update added without a choice is internal', async () => {
    const page = await browser.context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await openRecord(page);
    await page.getByRole('link', { name: /Track AFI1/ }).click();
    await page.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    const who = choice(page, 'Who can see this?');
    expect(await who.getByRole('radio', { name: /^Internal \(staff only\)/ }).isChecked()).toBe(
      true,
    );
    expect(await who.getByRole('radio', { name: /^Public/ }).isChecked()).toBe(false);
    await page.getByRole('textbox', { name: 'Update' }).fill('Checked with the PNC bureau.');
    await expectAccessible(page, 'finding detail with the update form filled');
    await page.getByRole('button', { name: 'Add update' }).click();
    await timelineItem(page, 'Checked with the PNC bureau.').waitFor();
    expect(await timelineItem(page, 'Checked with the PNC bureau.').innerText()).toMatch(
      /update · Internal/,
    );
    expect(consoleErrors).toEqual([]);
  });

  it('the bulk status change starts at internal, and its final update stays internal', async () => {
    const page = await browser.context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await openRecord(page);
    await page.getByLabel('Select AFI2 for a bulk action').check();
    await page.getByLabel('Select AFI3 for a bulk action').check();
    await page.getByLabel('Action', { exact: true }).selectOption('status');
    await page.getByLabel('New status', { exact: true }).selectOption('completed');
    await page
      .getByLabel('Reason or final update', { exact: true })
      .fill('Closed off at the December board.');
    const who = choice(page, 'Who can see the reason or final update?');
    expect(await who.getByRole('radio', { name: /^Internal \(staff only\)/ }).isChecked()).toBe(
      true,
    );
    await expectAccessible(page, 'bulk status change');
    await page.getByRole('button', { name: 'Apply to 2' }).click();
    await page.getByText('2 of 2 changed.').waitFor();
    await page.getByRole('link', { name: /Track AFI2/ }).click();
    await page.getByRole('heading', { level: 1, name: /AFI2/ }).waitFor();
    const finalUpdate = timelineItem(page, 'Closed off at the December board.');
    await finalUpdate.waitFor();
    expect(await finalUpdate.innerText()).toMatch(/update · Internal/);
    await expectAccessible(page, 'finding detail after a bulk status change');
    expect(consoleErrors).toEqual([]);
  });
});
