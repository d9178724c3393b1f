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

// Issue 16, item 3: a queue's count links to the findings list it counts, kept in the URL.
describe('queues on the dashboard and the findings list', () => {
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

  it('counts my overdue finding, opens it filtered, sorts by keyboard, and saves the filter', async () => {
    const page = await browser.context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, register.url, EVE.email);

    // Eve owns AFI1, due on 1 January 2020: overdue.
    await page.goto(`${register.url}/admin/findings`);
    await page.getByRole('link', { name: /^AFI1 ·/ }).click();
    await fillDate(page, 'New target date', '2020-01-01');
    await page.getByRole('button', { name: 'Set target date' }).click();
    await page.getByText('1 January 2020').first().waitFor();
    await page.locator('#finding-owner').selectOption({ label: EVE.name });
    await page.getByRole('button', { name: 'Save owner' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Save owner' }).isDisabled())
      .toBe(true);

    await page.getByRole('link', { name: 'Dashboard' }).click();
    const overdue = page.getByRole('link', { name: 'My findings overdue: 1' });
    await overdue.waitFor();
    await expectAccessible(page, 'dashboard with queues');
    await overdue.click();
    await page.getByRole('heading', { level: 1, name: 'Findings' }).waitFor();
    expect(new URL(page.url()).search).toBe('?owner=me&due=overdue&sort=target_date&dir=asc');
    const table = page.getByRole('table');
    await table.getByRole('cell', { name: /days overdue/ }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);

    // Sorting by the keyboard: the header's button, announced by aria-sort.
    await page.getByRole('button', { name: 'Finding' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('ref');
    // The URL changes first; the table re-renders from it.
    await expect
      .poll(() => page.getByRole('columnheader', { name: 'Finding' }).getAttribute('aria-sort'))
      .toBe('ascending');
    await page.getByLabel('Kind').selectOption({ label: 'Area for improvement' });
    await expect
      .poll(() => new URL(page.url()).searchParams.get('kind'))
      .toBe('area_for_improvement');
    await expectAccessible(page, 'findings list, filtered and sorted');

    // Saved under a name, and reopened from the list of saved filters.
    await page.getByLabel('Save this filter as').fill('My overdue AFIs');
    await page.keyboard.press('Enter');
    const savedLink = page.getByRole('link', { name: 'My overdue AFIs' });
    await savedLink.waitFor();
    await page.goto(`${register.url}/admin/findings`);
    await savedLink.click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?kind=area_for_improvement&owner=me&due=overdue&sort=ref&dir=asc');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    // The whole organisation's overdue findings and their owners: one link from the dashboard.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('link', { name: 'Every overdue finding and its owner' }).click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?due=overdue&sort=target_date&dir=asc');
    await table.getByRole('cell', { name: EVE.name }).first().waitFor();

    // A link with a value the list does not know says so, and shows the rest.
    await page.goto(`${register.url}/admin/findings?due=soon`);
    await page.getByRole('alert').getByText('“due”').waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
