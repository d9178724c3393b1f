import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  expectSummaryLinksFocus,
  fillDate,
  focusedId,
  focusedIsSummary,
  registerWith,
  signIn,
  tabTo,
} from './support';

const ANN = { email: 'ann@staffs.example.org', role: 'approver' as const, name: 'Ann Approver' };

const focusedIsBanner = (page: Page) =>
  page.evaluate(() => document.activeElement?.classList.contains('success-banner') ?? false);

/** Issue 17: the finding page's forms follow the GOV.UK patterns, as the sign-in form does. */
describe("the finding page's forms", () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([ANN], { importSeed: true });
    browser = await launchBrowser();
    await signIn(await browser.context.newPage(), register.url, ANN.email);
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
  const openFinding = async (page: Page, ref: string) => {
    await openRecord(page);
    await page.getByRole('link', { name: new RegExp(`Track ${ref}\\b`) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${ref} `) }).waitFor();
  };

  it('target date, by keyboard alone: a day that does not exist is summarised and linked; 2 / 10 / 2020 is 2 October 2020', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openFinding(page, 'AFI1');
    await page.locator('#target-date-day').focus();
    await page.keyboard.type('31');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2020');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'target date with an error');
    // The summary's link, followed by keyboard, puts focus on the box at fault.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'The new target date must be a real date',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('target-date-day');
    await page
      .getByRole('group', { name: 'New target date' })
      .getByText(/must be a real date/)
      .waitFor();

    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await page.getByText('The target date is now 2 October 2020.').waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);
    await expectAccessible(page, 'target date saved');

    // Revising it (an approver) needs a reason: asked for beside its field.
    await fillDate(page, 'New target date', '2020-12-01');
    await page.getByRole('button', { name: 'Revise target date' }).click();
    await expectSummaryLinksFocus(page, { 'Say why the target date is changing': 'target-reason' });
    await page.getByLabel('Reason for the change').fill('The board moved it.');
    await page.getByRole('button', { name: 'Revise target date' }).click();
    await page.getByText('The target date is now 1 December 2020.').waitFor();
    expect(errors).toEqual([]);
  });

  it('HMICFRS status and owner: an empty or too long field is summarised, linked and said beside it; saves are confirmed', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openFinding(page, 'AFI2');
    await page.getByRole('button', { name: 'Save HMICFRS status' }).click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'HMICFRS status with errors');
    await expectSummaryLinksFocus(page, {
      'Enter the HMICFRS status': 'inspectorate-status',
      'Enter the date HMICFRS gave the status': 'inspectorate-on-day',
    });
    await page
      .locator('#inspectorate-status-error')
      .getByText('Enter the HMICFRS status')
      .waitFor();
    await page.getByRole('combobox', { name: 'HMICFRS status' }).fill('Being progressed');
    await fillDate(page, 'Given on', '2020-10-02');
    await page.getByRole('button', { name: 'Save HMICFRS status' }).click();
    await page.getByText('The HMICFRS status was saved.').waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);
    await page.getByText('Being progressed, given on 2 October 2020').waitFor();

    // Nothing changed: the save is disabled and says why beside it.
    const saveOwner = page.getByRole('button', { name: 'Save owner' });
    expect(await saveOwner.isDisabled()).toBe(true);
    await page
      .locator('#owner-save-why')
      .getByText('Choose another owner or change the team to save.')
      .waitFor();
    await page.getByLabel('Team').fill('x'.repeat(201));
    await saveOwner.click();
    await expectSummaryLinksFocus(page, {
      'The team must be 200 characters or fewer': 'finding-team',
    });
    await expectAccessible(page, 'owner with an error');
    await page.getByLabel('Team').fill('Vetting unit');
    await saveOwner.click();
    await page.getByText('The owner was saved.').waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('status and updates: what a move or an update needs is summarised and linked; a date with no day is named', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openFinding(page, 'AFI3');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expectSummaryLinksFocus(page, { 'Choose the new status': 'status-to' });
    // Imported with updates, so in progress: completing asks for the final update.
    await page.getByLabel('New status').selectOption('completed');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'status change with an error');
    await expectSummaryLinksFocus(page, {
      'Write a final update saying what was done': 'final-update',
    });
    await page.keyboard.type('Vetting backlog cleared.');
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByText('The status is now completed.').waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);

    const add = page.getByRole('form', { name: 'Add an update' });
    await add.getByRole('button', { name: 'Add update' }).click();
    await expectSummaryLinksFocus(page, { 'Enter the update': 'update-text' });
    await page.keyboard.type('Checked at the board.');
    const date = add.getByRole('group', { name: 'Date of the update' });
    await date.getByLabel('Month').fill('10');
    await date.getByLabel('Year').fill('2020');
    await add.getByRole('button', { name: 'Add update' }).click();
    await expectSummaryLinksFocus(page, { 'The date must include a day': 'update-date-day' });
    await expectAccessible(page, 'add an update with an error');
    await date.getByLabel('Day').fill('2');
    await add.getByRole('button', { name: 'Add update' }).click();
    await page.getByText('The update was added.').waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);
    const item = page.locator('.timeline__item').filter({ hasText: 'Checked at the board.' });
    expect(await item.locator('.timeline__meta').innerText()).toMatch(/^2 October 2020 · /);
    expect(errors).toEqual([]);
  });

  it('a cause of concern: added from the record page, then closed by letter, each form summarising what is missing', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openRecord(page);
    await page.getByRole('button', { name: 'Add a finding' }).click();
    await page.locator('#new-kind').selectOption('cause_of_concern');
    await page.getByRole('button', { name: 'Add finding', exact: true }).click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'add a finding with an error');
    await expectSummaryLinksFocus(page, { 'Enter the text of the finding': 'new-text' });
    await page.keyboard.type('The force is not vetting its staff in time.');
    await page.getByRole('button', { name: 'Add finding', exact: true }).click();
    const banner = page.locator('.success-banner').filter({ hasText: /^Success/ });
    await banner.getByText(/^Cause of concern \S+ was added\.$/).waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);
    const ref = /Cause of concern (\S+) was added/.exec(await banner.innerText())![1]!;

    await page.getByRole('link', { name: new RegExp(`Track ${ref}\\b`) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${ref} `) }).waitFor();
    await page.getByRole('button', { name: 'Close the cause of concern' }).click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'closing a cause of concern with errors');
    await expectSummaryLinksFocus(page, {
      'Enter the date of the HMICFRS letter': 'letter-date-day',
      'Enter the link to the letter': 'letter-link',
    });
    await fillDate(page, 'Date of the HMICFRS letter', '2020-10-02');
    await page.getByLabel('Link to the letter').fill('https://hmicfrs.example.org/letter');
    await page.getByRole('button', { name: 'Close the cause of concern' }).click();
    await page.getByText('The cause of concern is recorded as closed by HMICFRS.').waitFor();
    await expect.poll(() => focusedIsBanner(page)).toBe(true);
    expect(await page.getByRole('button', { name: 'Close the cause of concern' }).count()).toBe(0);
    await tabTo(page, { text: 'Set target date' });
    expect(errors).toEqual([]);
  });
});
