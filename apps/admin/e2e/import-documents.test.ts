import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  registerWith,
  signIn,
} from './support';

const EDNA = { email: 'edna@staffs.example.org', role: 'editor' as const, name: 'Edna Editor' };

/**
 * A real Word document: fixtures/custody-response.html saved as .docx by LibreOffice
 * (`soffice --headless --convert-to docx custody-response.html`). It has no "Inspectorate" paragraph.
 */
const DOCX = new URL('./fixtures/custody-response.docx', import.meta.url).pathname;
const TITLE = 'Report on an unannounced inspection visit to police custody suites in Staffordshire';

describe('importing a Word document through the admin app', () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([EDNA]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
  });

  it('uploads a .docx, which the server reads: the review names paragraphs, and its findings are imported', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, register.url, EDNA.email);
    await page.goto(`${register.url}/admin/import`);
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    await page.getByLabel('Upload files').setInputFiles(DOCX);
    await page.getByRole('button', { name: 'Read 1 document' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Review the import of custody-response.docx' })
      .waitFor();
    expect(await page.locator('.lead').innerText()).toContain(TITLE);
    expect(await page.getByRole('heading', { name: 'Findings (2)' }).count()).toBe(1);
    expect(await page.locator('.timeline__item').count()).toBe(2);
    // A Word document has no lines a person could find: each diagnostic also says its paragraph.
    const missing = page.locator('.error-summary li').filter({ hasText: 'Inspectorate' });
    expect(await missing.innerText()).toMatch(/^Line \d+ \(paragraph \d+\): Warning: /);
    await expectAccessible(page, 'review of a Word document');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const done = page.getByRole('status').filter({ hasText: 'Imported as a new draft response' });
    await done.waitFor();
    await done.getByRole('link', { name: 'Open the record' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('how it records the reasons for strip searches').first().waitFor();
    await page.getByText('nurses on site around the clock').first().waitFor();
    expect(errors).toEqual([]);
  });
});
