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
const SOURCE = 'https://hmicfrs.justiceinspectorates.gov.uk/our-work/article/aoi-list/';

describe("HMICFRS's own status for a finding, in the admin app", () => {
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

  it('an editor records it with its date and source, sees it beside our status, and clears it', async () => {
    const page = await browser.context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, register.url, EVE.email);
    await page.goto(`${register.url}/admin/records`);
    await page.getByRole('link', { name: /Police effectiveness/ }).click();
    await page.getByRole('link', { name: /Track AFI1/ }).click();
    await page.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    const shown = page
      .locator('.summary-list > div')
      .filter({ has: page.getByRole('term').filter({ hasText: /^HMICFRS status$/ }) })
      .getByRole('definition');
    expect(await shown.innerText()).toBe('not recorded');
    // A text input with the register's usual values offered (a datalist makes it a combobox).
    const statusInput = page.getByRole('combobox', { name: 'HMICFRS status' });
    expect(
      await page
        .locator('#inspectorate-status-suggestions option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['Awaiting review', 'Being progressed', 'Complete', 'No further action needed']);

    await statusInput.fill('Being progressed');
    await fillDate(page, 'Given on', '2026-11-20');
    await page.getByLabel('Link to the source').fill(SOURCE);
    await expectAccessible(page, 'finding detail with the HMICFRS status form filled');
    await page.getByRole('button', { name: 'Save HMICFRS status' }).click();
    await expect
      .poll(() => shown.innerText())
      .toBe('Being progressed, given on 20 November 2026 (HMICFRS source)');
    expect(await shown.getByRole('link', { name: 'HMICFRS source' }).getAttribute('href')).toBe(
      SOURCE,
    );
    await page.getByText("Recorded HMICFRS's status of a finding").first().waitFor();
    await expectAccessible(page, 'finding detail with an HMICFRS status');

    // Stored, not only shown: a fresh load says the same, and the form starts from it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    await expect
      .poll(() => shown.innerText())
      .toBe('Being progressed, given on 20 November 2026 (HMICFRS source)');
    expect(await statusInput.inputValue()).toBe('Being progressed');

    await page.getByRole('button', { name: 'Clear HMICFRS status' }).click();
    await expect.poll(() => shown.innerText()).toBe('not recorded');
    expect(await statusInput.inputValue()).toBe('');
    expect(consoleErrors).toEqual([]);
  });
});
