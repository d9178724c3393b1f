import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  expectSummaryLinksFocus,
  focusedIsSummary,
  registerWith,
  signIn,
} from './support';

const ADA = { email: 'ada@staffs.example.org', role: 'admin' as const, name: 'Ada Admin' };
const EVE = { email: 'eve@staffs.example.org', role: 'editor' as const, name: 'Eve Editor' };

const focusedIsBanner = (page: Page) =>
  page.evaluate(() => document.activeElement?.classList.contains('success-banner') ?? false);

/** Issue 17: the record page's forms, bulk actions and reassigning owners follow the GOV.UK patterns. */
describe("the record page's forms, bulk actions and reassigning owners", () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([ADA, EVE], { importSeed: true });
    browser = await launchBrowser();
    await signIn(await browser.context.newPage(), register.url, ADA.email);
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
  });

  const openRecord = async (page: Page) => {
    await page.goto(`${register.url}/admin/records`);
    await page.getByRole('link', { name: /Police effectiveness/ }).click();
    await page.getByRole('heading', { name: 'Findings' }).waitFor();
  };

  it('record fields, by keyboard: a disabled save says why; a label too long is summarised and linked; a save is confirmed', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openRecord(page);
    const save = page.getByRole('button', { name: 'Save record' }).first();
    expect(await save.isDisabled()).toBe(true);
    await page
      .locator('#save-record-top-why')
      .getByText('Change something in the record to save it.')
      .waitFor();

    await page.locator('#document-version').focus();
    await page.keyboard.type('v'.repeat(41));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'record fields with an error');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('document-version');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('v2.0');
    await page.keyboard.press('Enter');
    await page.getByText('The record was saved.').waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('finding editor: what is missing is summarised, each a link to its field; the save is confirmed where the editor was', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openRecord(page);
    await page.getByRole('button', { name: 'Edit AFI1' }).click();
    await page.getByRole('textbox', { name: 'Text of AFI1' }).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.getByLabel("Report's own reference").first().fill('x'.repeat(41));
    await page.getByRole('button', { name: 'Save AFI1' }).click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectSummaryLinksFocus(page, {
      'Enter the text of the finding': 'finding-AFI1-text',
      'The reference must be 40 characters or fewer': 'finding-AFI1-reference',
    });
    await page
      .locator('#finding-AFI1-reference-error')
      .getByText('The reference must be 40 characters or fewer')
      .waitFor();
    await page.getByLabel("Report's own reference").first().fill('AFI-1');
    await page.getByRole('textbox', { name: 'Text of AFI1' }).fill('The force should vet faster.');
    await page.getByRole('button', { name: 'Save AFI1' }).click();
    await page.getByText('AFI1 was saved.').waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);
    await expectAccessible(page, 'finding saved');
    expect(errors).toEqual([]);
  });

  it('bulk actions: an update with no text or a move with no reason is summarised and linked; the outcome is a focused banner', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openRecord(page);
    await page.getByLabel('Select AFI2 for a bulk action').check();
    await page.getByLabel('Select AFI3 for a bulk action').check();
    await page.getByLabel('Action', { exact: true }).selectOption('update');
    await page.getByRole('button', { name: 'Apply to 2' }).click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'bulk update with an error');
    await expectSummaryLinksFocus(page, { 'Enter the update for each finding': 'bulk-update' });
    await page.keyboard.type('Discussed at the December board.');
    await page.getByRole('button', { name: 'Apply to 2' }).click();
    await page.getByText('2 of 2 changed.').waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);

    await page.getByLabel('Action', { exact: true }).selectOption('status');
    await page.getByLabel('New status', { exact: true }).selectOption('completed');
    await page.getByRole('button', { name: 'Apply to 2' }).click();
    const link = page
      .locator('.error-summary')
      .getByRole('link', { name: /^Give the reason or final update: AFI/ });
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bulk-reason');
    await page.locator('#bulk-reason-error').waitFor();
    expect(errors).toEqual([]);
  });

  it('reassign findings: who from and who to are asked for beside their fields; the reassignment is confirmed', async () => {
    // Eve signs in once, so she may be given findings.
    const own = await launchBrowser();
    await signIn(await own.context.newPage(), register.url, EVE.email);
    await own.close();
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`${register.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    const form = page.getByRole('form', { name: 'Reassign findings' });
    await form.getByRole('button', { name: /^Reassign/ }).click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'reassign with errors');
    const ids = await form.locator('select').evaluateAll((s) => s.map((e) => e.id));
    await expectSummaryLinksFocus(page, {
      'Choose whose findings to reassign': ids[0]!,
      'Choose who takes the findings on': ids[1]!,
    });
    await form.getByLabel('Reassign all findings owned by').selectOption({ label: ADA.name });
    await form.getByLabel('To', { exact: true }).selectOption({ label: EVE.name });
    await form.getByRole('button', { name: /^Reassign/ }).click();
    await form.getByText(/findings? of Ada Admin reassigned to Eve Editor\.$/).waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);
    expect(errors).toEqual([]);
  });
});
