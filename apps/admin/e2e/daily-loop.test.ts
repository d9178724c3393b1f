import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  moveRecord,
  registerWith,
  setReportPublishedOn,
  signIn,
} from './support';

// The same people and seed as changes-since-submission and report-details: one prepared data folder.
const ANNA = { email: 'anna@staffs.example.org', role: 'editor' as const, name: 'Anna Liaison' };
const BOB = { email: 'bob@staffs.example.org', role: 'approver' as const, name: 'Bob Chief' };
const TITLE = /Police effectiveness, efficiency and legitimacy 2018\/19/;

/** The notifications page's list, newest first, as its links read. */
async function toldOf(page: Page, url: string): Promise<string[]> {
  await page.goto(`${url}/admin/notifications`);
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  return page.locator('.notifications a').allInnerTexts();
}

// Issue 16, done when: import → the report's date → an owner → submit → the approver is told and sees
// it in the queue → changes requested → the editor is told → approve → publish, in the admin app.
describe("the staff's daily loop, from import to publication", () => {
  let register: Register;
  let anna: Browser;
  let bob: Browser;
  beforeAll(async () => {
    // The seed is imported by the CLI as Anna's draft, as an office's import is.
    register = await registerWith([ANNA, BOB], { importSeed: true });
    anna = await launchBrowser();
    bob = await launchBrowser();
  });
  afterAll(async () => {
    await anna?.close();
    await bob?.close();
    await disposeRegister(register);
  });

  it('walks a response from its imported draft to publication, each person told what needs them', async () => {
    // Bob has signed in once, so he may own findings.
    const b = await bob.context.newPage();
    const bErrors = collectConsoleErrors(b);
    await signIn(b, register.url, BOB.email);

    const a = await anna.context.newPage();
    const aErrors = collectConsoleErrors(a);
    await signIn(a, register.url, ANNA.email);
    await a.getByRole('link', { name: 'Records' }).click();
    // Found by the names people use: the cycle's short name and years, the force's short name.
    const search = a.getByLabel('Search', { exact: true });
    for (const words of ['PEEL 2018/19', 'peel 2018 staffs']) {
      await search.fill(words);
      await a.getByRole('link', { name: TITLE }).waitFor();
    }
    await search.fill('PEEL 2021');
    await expect.poll(() => a.getByRole('link', { name: TITLE }).count()).toBe(0);
    await search.fill('');
    // The dashboard links the record too (clocks, recent activity): wait for the list.
    await a.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    await a.getByRole('link', { name: TITLE }).click();
    await setReportPublishedOn(a, '2020-02-07');
    const recordUrl = a.url();

    // Anna makes Bob the owner of AFI1.
    await a.getByRole('link', { name: /Track AFI1/ }).click();
    await a.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    await a.locator('#finding-owner').selectOption({ label: BOB.name });
    await a.getByRole('button', { name: 'Save owner' }).click();
    await expect.poll(() => a.getByRole('button', { name: 'Save owner' }).isDisabled()).toBe(true);

    await a.goto(recordUrl);
    await moveRecord(a, 'Submit for review');
    await a.getByText('In review', { exact: true }).waitFor();

    // Bob: told twice, and the review waits in his queue.
    await b.goto(`${register.url}/admin/`);
    await b.getByRole('link', { name: 'Notifications (2 unread)' }).waitFor();
    const bobTold = await toldOf(b, register.url);
    expect(bobTold).toHaveLength(2);
    expect(bobTold[0]).toMatch(/^Anna Liaison asks you to review Staffordshire Police's response/);
    expect(bobTold[1]).toMatch(
      /^Anna Liaison made you the owner of AFI1 in Staffordshire Police's/,
    );
    await b.getByRole('link', { name: 'Dashboard' }).click();
    await b.getByRole('link', { name: 'Awaiting my review: 1' }).click();
    await b.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    await b.getByRole('link', { name: TITLE }).click();
    await b.getByRole('button', { name: 'Request changes' }).click();
    await b.getByLabel('What needs to change').fill('Say how AFI1 will be measured.');
    await b.getByRole('button', { name: 'Request changes' }).click();
    await b.getByText('Draft', { exact: true }).waitFor();

    // Anna: told of the changes asked for; the record is in her queue; she resubmits.
    expect((await toldOf(a, register.url))[0]).toMatch(
      /^Bob Chief asked for changes to Staffordshire Police's response/,
    );
    await a.getByRole('link', { name: 'Dashboard' }).click();
    await a.getByRole('link', { name: 'Sent back to me with changes requested: 1' }).click();
    await a.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    await a.getByRole('link', { name: TITLE }).click();
    await a.getByText('Say how AFI1 will be measured.').waitFor();
    await moveRecord(a, 'Submit for review');
    await a.getByText('In review', { exact: true }).waitFor();

    // Bob approves (the date is known, so nothing is asked) and publishes.
    await b.goto(recordUrl);
    await moveRecord(b, 'Approve');
    await b.getByText('Approved', { exact: true }).waitFor();
    await moveRecord(b, 'Publish');
    await b.getByText('Published', { exact: true }).waitFor();

    const annaTold = await toldOf(a, register.url);
    expect(annaTold.slice(0, 2).map((line) => line.split(' Staffordshire')[0])).toEqual([
      'Bob Chief published',
      'Bob Chief approved',
    ]);
    await expectAccessible(a, 'notifications after publication');
    expect([...aErrors, ...bErrors]).toEqual([]);
  });
});
