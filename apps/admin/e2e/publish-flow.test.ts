import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  registerWith,
  SEED_FILE,
  moveRecord,
  setReportPublishedOn,
  signIn,
} from './support';

const ALICE = {
  email: 'alice@staffs.example.org',
  role: 'approver' as const,
  name: 'Alice Policy',
};
const BOB = { email: 'bob@staffs.example.org', role: 'approver' as const, name: 'Bob Chief' };

describe('from import to the public register, through the admin app', () => {
  let register: Register;
  let alice: Browser;
  let bob: Browser;
  beforeAll(async () => {
    register = await registerWith([ALICE, BOB]);
    alice = await launchBrowser();
    bob = await launchBrowser();
  });
  afterAll(async () => {
    await alice?.close();
    await bob?.close();
    await disposeRegister(register);
  });

  it('imports the seed, edits a finding, adds an update, submits; the editor cannot approve; another approver approves and publishes', async () => {
    const page = await alice.context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, register.url, ALICE.email);
    await expectAccessible(page, 'dashboard (empty)');

    // Import: upload, review beside the source, confirm.
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    await page.getByLabel('Upload files').setInputFiles(SEED_FILE);
    await page.getByRole('button', { name: 'Read 1 document' }).click();
    await page.getByRole('heading', { level: 1, name: /^Review the import of/ }).waitFor();
    expect(
      await page.getByRole('region', { name: 'This inspection is already held' }).count(),
    ).toBe(0);
    await expectAccessible(page, 'import review');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Imported as a new draft response' })
      .waitFor();
    await expectAccessible(page, 'import result');
    await page.getByRole('link', { name: 'Open the record' }).click();
    await page
      .getByRole('heading', { level: 1, name: /Police effectiveness, efficiency and legitimacy/ })
      .waitFor();
    await expectAccessible(page, 'record editor');
    // The record gives no publication date: entered here, it starts the 56-day clock (and approval needs it).
    await setReportPublishedOn(page, '2020-02-07');

    // Edit a finding's text in the rich-text editor.
    await page.getByRole('button', { name: 'Edit AFI1' }).click();
    const text = page.getByRole('textbox', { name: 'Text of AFI1' });
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Reviewed by the e2e test.');
    await expectAccessible(page, 'finding editor');
    await page.getByRole('button', { name: 'Save AFI1' }).click();
    await page.getByRole('button', { name: 'Edit AFI1' }).waitFor();
    expect(await page.getByRole('article', { name: /AFI1/ }).innerText()).toContain(
      'Reviewed by the e2e test.',
    );

    // Add a public update on the finding page.
    await page.getByRole('link', { name: /Track AFI1/ }).click();
    await page.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    await expectAccessible(page, 'finding detail');
    await page
      .getByRole('textbox', { name: 'Update' })
      .fill('Wanted persons are now reviewed at every daily management meeting.');
    await page.getByRole('radio', { name: /^Public/ }).check();
    await page.getByRole('button', { name: 'Add update' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Wanted persons are now reviewed at every daily management meeting.' })
      .waitFor();
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Wanted persons are now reviewed' })
        .innerText(),
    ).toMatch(/Force update · Public/);
    expect(await page.getByRole('textbox', { name: 'Update' }).innerText()).toBe('');

    // Submit, then try to approve one's own work.
    await page
      .getByRole('link', {
        name: 'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
      })
      .click();
    await moveRecord(page, 'Submit for review');
    await page.getByText('In review', { exact: true }).waitFor();
    // Check your answers for the approval names the refusal before anything is tried.
    await page.getByRole('link', { name: 'Approve' }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'You changed this version of the record' });
    await refusal.waitFor();
    await expectAccessible(page, 'record in review with a refusal');
    await page.getByRole('link', { name: 'Back to the record' }).click();
    await page.getByText('In review', { exact: true }).waitFor();
    const recordUrl = page.url();
    expect(consoleErrors).toEqual([]);

    // Another approver approves and publishes.
    const other = await bob.context.newPage();
    await signIn(other, register.url, BOB.email);
    await other.goto(recordUrl);
    // First round: changes requested, with a reason the editor sees; then resubmitted.
    await other.getByRole('button', { name: 'Request changes' }).click();
    await other
      .getByLabel('What needs to change')
      .fill('Please confirm the PNC circulation figures.');
    await expectAccessible(other, 'request changes form');
    await other.getByRole('button', { name: 'Request changes' }).click();
    await other.getByText('Draft', { exact: true }).waitFor();
    await page.reload();
    await page.getByText('Please confirm the PNC circulation figures.').waitFor();
    await moveRecord(page, 'Submit for review');
    await page.getByText('In review', { exact: true }).waitFor();
    await other.reload();
    await moveRecord(other, 'Approve');
    await other.getByText('Approved', { exact: true }).waitFor();
    await moveRecord(other, 'Publish');
    await other.getByText('Published', { exact: true }).waitFor();
    await expectAccessible(other, 'published record');

    // The published version is on the public API, with the edit and the public update, and nothing internal.
    const recordId = recordUrl.split('/records/')[1]!.split(/[/?#]/)[0]!;
    const res = await fetch(
      `${register.url}/trpc/public.record?input=${encodeURIComponent(JSON.stringify({ recordId }))}`,
    );
    expect(res.status).toBe(200);
    const body = JSON.stringify(await res.json());
    expect(body).toContain('Reviewed by the e2e test.');
    expect(body).toContain('Wanted persons are now reviewed at every daily management meeting.');

    // And on the public portal's page for the response.
    const forcePage = await (await fetch(`${register.url}/forces/staffordshire`)).text();
    const href = /\/forces\/staffordshire\/responses\/[a-z0-9-]+/.exec(forcePage)?.[0];
    expect(href).toBeDefined();
    const portal = await (await fetch(`${register.url}${href!}`)).text();
    expect(portal).toContain('Reviewed by the e2e test.');
    expect(portal).toContain('Wanted persons are now reviewed at every daily management meeting.');

    // Withdrawn with a public reason, which the public API then carries.
    await other.getByRole('button', { name: 'Withdraw' }).click();
    await other
      .getByLabel('Reason for withdrawing')
      .fill('Published with the wrong grade; corrected version to follow.');
    await other.getByRole('button', { name: 'Withdraw' }).click();
    await other.getByText('Withdrawn', { exact: true }).waitFor();
    const after = await (
      await fetch(
        `${register.url}/trpc/public.record?input=${encodeURIComponent(JSON.stringify({ recordId }))}`,
      )
    ).text();
    expect(after).toContain('Published with the wrong grade; corrected version to follow.');

    // A new version: the editor changes a finding, and the history shows the difference from version 1.
    await page.reload();
    await page.getByRole('button', { name: 'Start a new version' }).click();
    await page.getByText('Draft', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Edit AFI1' }).click();
    await page.getByRole('textbox', { name: 'Text of AFI1' }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Second version wording.');
    await page.getByRole('button', { name: 'Save AFI1' }).click();
    await page.getByRole('button', { name: 'Edit AFI1' }).waitFor();
    await page.getByRole('link', { name: 'Version history and differences' }).click();
    await page.getByRole('heading', { level: 1, name: 'Version history' }).waitFor();
    const inserted = page.locator('ins').filter({ hasText: 'Second version wording.' });
    await inserted.waitFor();
    expect(await page.getByRole('term').filter({ hasText: 'AFI1: text' }).count()).toBe(1);
    await expectAccessible(page, 'version history with a difference');

    // Bulk: one owner for several findings at once, reported per finding.
    await page.goBack();
    await page.getByLabel('Select AFI2 for a bulk action').check();
    await page.getByLabel('Select AFI3 for a bulk action').check();
    // Owners are members, picked from a list (Bob has signed in, so he is on it), with a team beside.
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: BOB.name });
    await page.getByLabel('Team (optional)').fill('Supt Jones');
    await expectAccessible(page, 'bulk actions');
    await page.getByRole('button', { name: 'Apply to 2' }).click();
    await page.getByText('2 of 2 changed.').waitFor();
    await page.getByRole('link', { name: /Track AFI3/ }).click();
    await page.getByText(`${BOB.name} (Supt Jones)`, { exact: true }).waitFor();
  });
});
