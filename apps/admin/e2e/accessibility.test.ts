import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  PASSWORD,
  registerWith,
  SEED_FILE,
  signIn,
  tabTo,
} from './support';

const ADA = { email: 'ada@staffs.example.org', role: 'admin' as const, name: 'Ada Admin' };

describe('accessibility', () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([ADA], { importSeed: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
  });

  it('axe finds nothing on any screen', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`${register.url}/admin/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'sign-in with an error');

    await signIn(page, register.url, ADA.email);
    await page.getByRole('heading', { name: 'Statutory clocks' }).waitFor();
    await expectAccessible(page, 'dashboard');

    const screens: [string, string | RegExp][] = [
      ['/admin/records', 'Response records'],
      ['/admin/import', 'Import records'],
      ['/admin/audit', 'Audit log'],
      ['/admin/users', 'Users'],
      ['/admin/no-such-page', 'Page not found'],
    ];
    for (const [path, heading] of screens) {
      await page.goto(`${register.url}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, path);
    }

    await page.goto(`${register.url}/admin/records`);
    await page.getByRole('link', { name: /Police effectiveness/ }).click();
    await page.getByRole('heading', { name: 'Findings' }).waitFor();
    const recordUrl = page.url();
    await expectAccessible(page, 'record');
    await page.getByText('Statutory dates').click();
    await expectAccessible(page, 'record with statutory dates open');
    await page.getByRole('button', { name: 'Add a finding' }).click();
    await expectAccessible(page, 'add a finding');

    // Inline validation from the domain's schema: an emptied finding is not sent.
    await page.getByRole('button', { name: 'Edit AFI1' }).click();
    await page.getByRole('textbox', { name: 'Text of AFI1' }).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.getByLabel("Report's own reference").first().fill('x'.repeat(41));
    await page.getByRole('button', { name: 'Save AFI1' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Check AFI1 before saving' });
    await problems.waitFor();
    expect(await problems.innerText()).toContain('Enter the text of the finding');
    expect(await problems.innerText()).toContain('40 characters or fewer');
    await expectAccessible(page, 'finding editor with errors');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Cancel' }).first().click();
    await page.getByRole('button', { name: 'Edit AFI1' }).waitFor();

    await page.goto(`${recordUrl}/versions`);
    await page.getByRole('heading', { level: 1, name: 'Version history' }).waitFor();
    await expectAccessible(page, 'versions');
    await page.goto(`${recordUrl}/print`);
    await page.getByRole('heading', { level: 1, name: /response record/ }).waitFor();
    await expectAccessible(page, 'printable page');

    await page.goto(recordUrl);
    await page.getByRole('link', { name: /Track AFI3/ }).click();
    await page.getByRole('heading', { level: 1, name: /AFI3/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'finding detail');
    // Imported with updates, so in progress: completing asks for the final update.
    await page.getByLabel('New status').selectOption('completed');
    await page.getByRole('textbox', { name: 'Final update: what was done' }).waitFor();
    await expectAccessible(page, 'finding status form');
    expect(errors).toEqual([]);
  });

  it('a review lists every diagnostic against its line in the whole file, and a record already held is not overwritten', async () => {
    const page = await browser.context.newPage();
    const seed = readFileSync(SEED_FILE, 'utf8');
    const seedLines = seed.replace(/\r\n?/g, '\n').split('\n').length;
    await page.goto(`${register.url}/admin/import`);
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    await page
      .getByLabel('Or paste the record text')
      .fill(
        `${seed}\nPCC and CC Force Inspection response record\n\nForce\tStaffordshire\nGrade\tMagnificent\n`,
      );
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imported files' }).waitFor();
    const lines = page.locator('ol.import-lines > li');
    expect(await lines.count()).toBe(2);
    // The seed is already a draft here: it meets it, and is not imported with the ready ones.
    expect(await lines.nth(0).innerText()).toContain('Meets a response in progress (draft)');
    expect(await lines.nth(1).innerText()).toMatch(/Needs review: \d+ errors?/);
    expect(await page.getByRole('button', { name: /^Import the/ }).count()).toBe(0);
    await expectAccessible(page, 'batch with a record held and a broken one');

    await lines.nth(1).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Review the import of/ }).waitFor();
    const problems = await page.locator('.error-summary li').allInnerTexts();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems)
      expect(Number(/^Line (\d+)/.exec(p)?.[1])).toBeGreaterThan(seedLines - 1);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page, 'review with diagnostics');
  });

  it('an uploaded UTF-16 file keeps every character, a stray byte is one warning at its line, and a damaged Word document is refused with the reason', async () => {
    // Regression (issue 14): the upload was read as UTF-8 text, so UTF-16 came out as mojibake.
    const own = await launchBrowser();
    const page = await own.context.newPage();
    const errors = collectConsoleErrors(page);
    const lines = readFileSync(SEED_FILE, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('Victims and witnesses is one'));
    lines[at] = lines[at]!.replace('Victims and witnesses', 'Vict\u0007ims’ “voice” – ŵyr ŷd');
    const text = lines.join('\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await signIn(page, register.url, ADA.email);
    await page.goto(`${register.url}/admin/import`);
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    const upload = page.getByLabel('Upload files');
    await upload.setInputFiles({ name: 'welsh.txt', mimeType: 'text/plain', buffer: utf16 });
    await page.getByRole('button', { name: 'Read 1 document' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review the import of welsh.txt' }).waitFor();
    const line = page.locator(`#source-line-${at + 1}`);
    expect(await line.innerText()).toContain('Victims’ “voice” – ŵyr ŷd is one');
    expect(await line.innerText()).not.toContain('\u0007');
    const warning = page
      .locator('.error-summary li')
      .filter({ hasText: 'stray control character' });
    expect(await warning.count()).toBe(1);
    expect(await warning.innerText()).toContain(
      `Line ${at + 1}: Warning: a stray control character U+0007 at line ${at + 1}, column 5 was left out`,
    );

    // A Word document is not decoded here: it goes to the server, which says what is wrong with this one.
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('word/document.xml')]);
    await page.goto(`${register.url}/admin/import`);
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    await upload.setInputFiles({
      name: 'response.docx',
      mimeType: 'application/zip',
      buffer: docx,
    });
    await page.getByRole('button', { name: 'Read 1 document' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Review the import of response.docx' })
      .waitFor();
    const unreadable = page.locator('.error-summary li').filter({ hasText: 'cannot be read' });
    expect(await unreadable.innerText()).toContain('this Word document cannot be read');
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page, 'import of a damaged document');
    expect(errors).toEqual([]);
    await own.close();
  });

  it('an admin invites a person, changes their role and disables them', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${register.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('button', { name: 'Invite' }).click();
    // Summarised at the top (a link to the field) and said beside the field.
    await page
      .locator('.error-summary')
      .getByRole('link', { name: 'Enter an email address like name@example.org' })
      .waitFor();
    await page
      .locator('#invite-email-error')
      .getByText('Enter an email address like name@example.org')
      .waitFor();
    await expectAccessible(page, 'invite form with errors');
    await page.getByLabel('Email address').fill('new.officer@staffs.example.org');
    await page.getByLabel('Name', { exact: true }).fill('New Officer');
    await page.getByLabel('Role', { exact: true }).selectOption('editor');
    await page.getByLabel('Initial password').fill('a long initial passphrase for e2e');
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.getByText('new.officer@staffs.example.org is now an editor.').waitFor();
    // Listed by email until they sign in: an invite shows nothing of an account (issue 13, defect 2).
    const role = page.getByLabel('Role of new.officer@staffs.example.org');
    await role.selectOption('approver');
    await expect.poll(() => role.inputValue()).toBe('approver');
    await page.getByRole('button', { name: 'Disable new.officer@staffs.example.org' }).click();
    await page.getByRole('button', { name: 'Enable new.officer@staffs.example.org' }).waitFor();
    await expectAccessible(page, 'users after changes');
    // The audit log shows it, filtered to users.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('What changed').selectOption('user');
    await page.getByRole('cell', { name: 'Disabled a member' }).waitFor();
  });

  it('signs in and edits a finding with the keyboard alone', async () => {
    const keyboardUser = await launchBrowser();
    const page = await keyboardUser.context.newPage();
    try {
      await page.goto(`${register.url}/admin/sign-in`);
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await tabTo(page, { text: 'Skip to main content' });
      await tabTo(page, { id: 'email' });
      await page.keyboard.type(ADA.email);
      await tabTo(page, { id: 'password' });
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

      await tabTo(page, { text: 'Records' });
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
      await tabTo(page, {
        text: 'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
      });
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Findings' }).waitFor();

      await tabTo(page, { text: 'Edit AFI4' }, 400);
      await page.keyboard.press('Enter');
      await tabTo(page, { id: 'finding-AFI4-text' });
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Typed without a mouse.');
      await tabTo(page, { text: 'Save AFI4' });
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Edit AFI4' }).waitFor();
      expect(await page.getByRole('article', { name: /AFI4/ }).innerText()).toContain(
        'Typed without a mouse.',
      );
    } finally {
      await keyboardUser.close();
    }
  });
});
