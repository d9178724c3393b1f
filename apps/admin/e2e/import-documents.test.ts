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

  it('uploads a .docx, which the server reads: the preview names paragraphs, and its findings are imported', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, register.url, EDNA.email);
    await page.goto(`${register.url}/admin/import`);
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    await page.getByLabel('Upload a file').setInputFiles(DOCX);
    await page.getByText('custody-response.docx is a Word document').waitFor();
    expect(await page.getByLabel('Or paste the record text').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Check what would be imported' }).click();
    await page.getByRole('heading', { name: 'Preview' }).waitFor();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain(TITLE);
    expect(await item.innerText()).toContain('Will be created as a new draft');
    expect(await item.innerText()).toContain('2 findings, 2 updates.');
    // A Word document has no lines a person could find: each diagnostic says its paragraph.
    expect(await item.getByRole('columnheader', { name: 'Where' }).count()).toBe(1);
    const missing = item.getByRole('row').filter({ hasText: 'MISSING_FIELD' });
    expect(await missing.innerText()).toMatch(/^paragraph \d+\twarning\tinspectorate\t/);
    await expectAccessible(page, 'import preview of a Word document');

    await page.getByRole('button', { name: 'Import 1 record' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    expect(await page.getByText('1 of 1 records imported.').count()).toBe(1);
    await page.getByRole('link', { name: 'Open the record' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('how it records the reasons for strip searches').first().waitFor();
    await page.getByText('nurses on site around the clock').first().waitFor();
    expect(errors).toEqual([]);
  });
});
