import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectConsoleErrors, disposeRegister, PASSWORD, registerWith } from './support';

const ANNA = { email: 'anna@staffs.example.org', role: 'editor' as const, name: 'Anna Liaison' };
const TITLE = /Police effectiveness, efficiency and legitimacy 2018\/19/;

const path = (page: Page) => new URL(page.url()).pathname;
const current = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]');

/** The tests share one browser: the first signs in, the others start from the dashboard. */
async function openDashboard(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/admin/`);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/** Opens the seed record's editor for AFI2 and types into it: unsaved changes. */
async function editUnsaved(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Records' }).click();
  await page.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('button', { name: 'Edit AFI2' }).click();
  await page.getByRole('textbox', { name: 'Text of AFI2' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Not saved yet.');
}

describe('moving around the app', () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([ANNA], { importSeed: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
  });

  it('a signed-out visit goes to sign in and, once signed in, to the page asked for', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${register.url}/admin/findings?due=overdue`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/findings?due=overdue');
    await page.getByLabel('Email address').fill(ANNA.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Findings' }).waitFor();
    expect(path(page) + new URL(page.url()).search).toBe('/admin/findings?due=overdue');
    expect(await current(page).innerText()).toBe('Findings');
    await page.close();
  });

  it('the main navigation marks the page shown, and pages under it', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await openDashboard(page, register.url);
    expect(await current(page).innerText()).toBe('Dashboard');
    await page.getByRole('link', { name: 'Records' }).click();
    await page.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    expect(await current(page).innerText()).toBe('Records');
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('button', { name: 'Edit AFI2' }).waitFor();
    expect(await current(page).innerText()).toBe('Records');
    await page.goto(`${register.url}/admin/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await current(page).count()).toBe(0);
    await page.getByRole('link', { name: 'Go to the dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('unsaved changes: the back button asks first; staying keeps the text, leaving goes back', async () => {
    const page = await browser.context.newPage();
    await openDashboard(page, register.url);
    await editUnsaved(page);
    const recordPath = path(page);
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.goBack();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('unsaved changes');
    await expect.poll(() => path(page)).toBe(recordPath);
    expect(await page.getByRole('textbox', { name: 'Text of AFI2' }).innerText()).toContain(
      'Not saved yet.',
    );

    // Still guarded after staying; this time leave.
    page.once('dialog', (d) => void d.accept());
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    expect(path(page)).toBe('/admin/records');
    await page.close();
  });

  it('unsaved changes: a link asks first; leaving goes there', async () => {
    const page = await browser.context.newPage();
    await openDashboard(page, register.url);
    await editUnsaved(page);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: /Audit log/ }).waitFor();
    expect(await current(page).innerText()).toBe('Audit log');
    await page.close();
  });
});
