import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectConsoleErrors, disposeRegister, registerWith, signIn, tabTo } from './support';

// Issue 17: "keyboard-only runs of every form". Sign in, the target date and the record's fields have their
// own keyboard runs (forms, finding-forms, record-forms); these are the rest. Each form is reached with Tab
// from the page above it, filled by typing, chosen with the arrow keys and Space, and sent with Enter; the
// saved banner then holds focus.
const ADA = { email: 'ada@staffs.example.org', role: 'admin' as const, name: 'Ada Admin' };
const TITLE = /Police effectiveness, efficiency and legitimacy 2018\/19/;

const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

/** Tab to the element with this id, then type (each box of a date: day, Tab, month, Tab, year). */
async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, { id });
  await page.keyboard.type(text);
}

/** Tab to the form's button (by its words), press Enter, and wait for its banner to take focus. */
async function send(page: Page, button: string, saved: string | RegExp) {
  await tabTo(page, { text: button });
  await page.keyboard.press('Enter');
  await page.locator('.success-banner', { hasText: saved }).waitFor();
  await expect.poll(() => focusedClass(page)).toContain('success-banner');
}

describe('every form by keyboard alone', () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([ADA], { importSeed: true });
    browser = await launchBrowser();
    await signIn(await browser.context.newPage(), register.url, ADA.email);
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
  });

  const openRecord = async (page: Page) => {
    await page.goto(`${register.url}/admin/records`);
    await page.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: 'Findings' }).waitFor();
  };

  it("a finding's update, status, owner and HMICFRS status", async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openRecord(page);
    await page.getByRole('link', { name: /Track AFI2\b/ }).click();
    await page.getByRole('heading', { level: 1, name: /^AFI2 / }).waitFor();

    // An update: its words, then the visibility chosen with Space (no default: it must be chosen).
    await typeInto(page, 'update-text', 'Typed without a mouse: the panel met in May.');
    // Tab enters a radio group once; the arrow keys move within it and choose.
    await tabTo(page, { id: 'update-visibility-internal' });
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#update-visibility-public').isChecked()).toBe(true);
    await send(page, 'Add update', /added/i);
    await page.getByText('Typed without a mouse: the panel met in May.').first().waitFor();

    // AFI2 is in progress: the first move, marking it completed, asks what was done.
    await tabTo(page, { id: 'status-to' });
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#status-to').inputValue()).toBe('completed');
    await typeInto(page, 'final-update', 'Victim contact details are checked at every review.');
    await send(page, 'Change status', 'The status is now completed.');

    // The owner's team.
    await typeInto(page, 'finding-team', 'Vetting unit');
    await send(page, 'Save owner', /owner|saved/i);

    // HMICFRS's own status and the day it was given, typed box by box.
    await typeInto(page, 'inspectorate-status', 'Open');
    await typeInto(page, 'inspectorate-on-day', '2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2020');
    await send(page, 'Save HMICFRS status', /HMICFRS/);
    await page
      .getByText(/2 October 2020/)
      .first()
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('bulk actions on two findings', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openRecord(page);
    // The findings' checkboxes by their labels, ticked with Space.
    for (const ref of ['AFI3', 'AFI4']) {
      const id = await page.getByLabel(`Select ${ref} for a bulk action`).getAttribute('id');
      await tabTo(page, { id: id! });
      await page.keyboard.press('Space');
    }
    await tabTo(page, { id: 'bulk-action' });
    for (let i = 0; i < 5 && (await page.locator('#bulk-action').inputValue()) !== 'update'; i++)
      await page.keyboard.press('ArrowDown');
    expect(await page.locator('#bulk-action').inputValue()).toBe('update');
    await typeInto(page, 'bulk-update', 'Discussed at the January board, by keyboard.');
    await send(page, 'Apply to 2', '2 of 2 changed.');
    expect(errors).toEqual([]);
  });

  it('adding a finding', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openRecord(page);
    await tabTo(page, { text: 'Add a finding' });
    await page.keyboard.press('Enter');
    await typeInto(page, 'new-text', 'The force should answer every call within its targets.');
    await tabTo(page, { text: 'Add finding' });
    await page.keyboard.press('Enter');
    await page.locator('.success-banner', { hasText: /was added\.$/ }).waitFor();
    await expect.poll(() => focusedClass(page)).toContain('success-banner');
    expect(errors).toEqual([]);
  });

  it("the record's report details and statutory dates", async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openRecord(page);
    await typeInto(page, 'report-published-on-day', '2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2020');
    await tabTo(page, { text: 'Save report details' });
    await page.keyboard.press('Enter');
    await page.getByText('The report details were saved.').waitFor();
    await expect.poll(() => focusedClass(page)).toContain('success-banner');

    // The statutory dates sit in a disclosure: opened with Enter on its summary.
    await tabTo(page, { text: 'Statutory dates' });
    await page.keyboard.press('Enter');
    await typeInto(page, 'date-commentsRequestedOn-day', '3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2020');
    await tabTo(page, { text: 'Save dates' });
    await page.keyboard.press('Enter');
    await page.getByText('The statutory dates were saved.').waitFor();
    expect(errors).toEqual([]);
  });

  it('inviting someone, and the email digest', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`${register.url}/admin/users`);
    await page.getByRole('heading', { name: 'Invite someone' }).waitFor();
    await typeInto(page, 'invite-email', 'kit@staffs.example.org');
    await typeInto(page, 'invite-name', 'Kit Keyboard');
    await typeInto(page, 'invite-password', 'a long enough password for Kit');
    await tabTo(page, { id: 'invite-password' });
    await page.keyboard.press('Enter');
    await page.locator('.success-banner', { hasText: 'kit@staffs.example.org is now' }).waitFor();
    await expect.poll(() => focusedClass(page)).toContain('success-banner');

    await page.goto(`${register.url}/admin/notifications`);
    await page.getByRole('heading', { name: 'Email digest' }).waitFor();
    await tabTo(page, { id: 'digest' });
    await page.keyboard.press('ArrowDown');
    await send(page, 'Save', /digest|saved/i);
    expect(errors).toEqual([]);
  });
});
