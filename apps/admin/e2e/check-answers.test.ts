import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  expectNoSidewaysScroll,
  moveRecord,
  registerWith,
  signIn,
} from './support';

// The same people and seed as daily-loop and report-details: one prepared data folder.
const ANNA = { email: 'anna@staffs.example.org', role: 'editor' as const, name: 'Anna Liaison' };
const BOB = { email: 'bob@staffs.example.org', role: 'approver' as const, name: 'Bob Chief' };
const TITLE = /Police effectiveness, efficiency and legitimacy 2018\/19/;
const REASON = 'The inspectorate has not confirmed the date';

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const checkHeading = (page: Page, verb: string) =>
  page.getByRole('heading', { level: 1, name: `Check before you ${verb}` }).waitFor();
const publication = (page: Page) => page.getByRole('region', { name: 'Publication', exact: true });

// Issue 17 item 2: submit, approve and publish pass through "check your answers" (what will happen,
// what is missing with links to put it right); publishing ends on a page that links to the public
// page; an editor can withdraw a submission until review starts.
describe('check your answers before submit, approve and publish', () => {
  let register: Register;
  let anna: Browser;
  let bob: Browser;
  beforeAll(async () => {
    register = await registerWith([ANNA, BOB], { importSeed: true });
    anna = await launchBrowser();
    bob = await launchBrowser();
  });
  afterAll(async () => {
    await anna?.close();
    await bob?.close();
    await disposeRegister(register);
  });

  it('lists what is missing with working links, withdraws a submission, and publishes to a page that links to the public one', async () => {
    const a = await anna.context.newPage();
    const aErrors = collectConsoleErrors(a);
    await signIn(a, register.url, ANNA.email);
    await a.getByRole('link', { name: 'Records' }).click();
    // The dashboard links the record too (clocks, recent activity): wait for the list.
    await a.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    await a.getByRole('link', { name: TITLE }).click();
    await a.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const recordUrl = a.url();

    // A recommendation with no response yet: approval will need one.
    await a.getByRole('button', { name: 'Add a finding' }).click();
    await a.locator('#new-kind').selectOption('recommendation');
    await a.getByRole('textbox', { name: 'Text of the new finding' }).click();
    await a.keyboard.type('The force should review its vetting backlog within six months.');
    await a.getByRole('button', { name: 'Add finding' }).click();
    const added = a.getByRole('article', { name: /Recommendation/ });
    await added.waitFor();
    const ref = (await added.getByRole('heading').first().innerText()).split(' ')[0]!;

    // Submit: what will happen, and what is missing, each a link.
    await publication(a).getByRole('link', { name: 'Submit for review' }).click();
    await checkHeading(a, 'submit it for review');
    await a.getByText(/^Submitting sends version 1 of Staffordshire Police's response/).waitFor();
    const needed = a.getByRole('region', { name: 'Needed before it can be approved' });
    const noResponse = needed.getByRole('link', { name: `${ref} has no response`, exact: false });
    await noResponse.waitFor();
    await needed.getByRole('link', { name: /publication date is not known/ }).waitFor();
    const worth = a.getByRole('region', { name: 'Worth checking' });
    await worth.getByRole('link', { name: /^AFI1 has no owner/ }).waitFor();
    expect(await a.getByRole('alert').count()).toBe(0);
    await expectAccessible(a, 'check before submitting, with things missing');

    // The response's link opens the finding's editor at its acceptance.
    await noResponse.click();
    await a.getByRole('button', { name: `Save ${ref}` }).waitFor();
    await expect.poll(() => focusedId(a)).toBe(`finding-${ref}-position`);
    await a.locator(`#finding-${ref}-position`).selectOption('accepted');
    await a.getByRole('textbox', { name: `Explanation of action for ${ref}` }).click();
    await a.keyboard.type('A vetting review board meets monthly until the backlog is cleared.');
    await a.getByRole('button', { name: `Save ${ref}` }).click();
    await a.getByRole('button', { name: `Edit ${ref}` }).waitFor();

    // The report's date link lands on its field; the owner link on the finding's owner.
    await publication(a).getByRole('link', { name: 'Submit for review' }).click();
    await checkHeading(a, 'submit it for review');
    expect(await a.getByRole('link', { name: new RegExp(`^${ref} has no response`) }).count()).toBe(
      0,
    );
    await a.getByRole('link', { name: /publication date is not known/ }).click();
    await expect.poll(() => focusedId(a)).toBe('report-published-on-day');
    await a.goBack();
    await checkHeading(a, 'submit it for review');
    await a.getByRole('link', { name: /^AFI1 has no owner/ }).click();
    await a.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    await expect.poll(() => focusedId(a)).toBe('finding-owner');
    await a.locator('#finding-owner').selectOption({ label: ANNA.name });
    await a.getByRole('button', { name: 'Save owner' }).click();
    await expect.poll(() => a.getByRole('button', { name: 'Save owner' }).isDisabled()).toBe(true);

    // Confirmed: the record is in review, and says so.
    await a.goto(recordUrl);
    await publication(a).getByRole('link', { name: 'Submit for review' }).click();
    await checkHeading(a, 'submit it for review');
    expect(await a.getByRole('link', { name: /^AFI1 has no owner/ }).count()).toBe(0);
    await a.getByRole('button', { name: 'Submit for review', exact: true }).click();
    await publication(a).getByRole('status').filter({ hasText: 'Submitted for review' }).waitFor();
    await a.getByText('In review', { exact: true }).waitFor();

    // Nobody has looked at it yet: Anna takes it back, through its own check.
    await publication(a).getByRole('link', { name: 'Withdraw the submission' }).click();
    await checkHeading(a, 'withdraw the submission');
    await a.getByText(/^Withdrawing takes version 1 .* back to draft/).waitFor();
    await expectAccessible(a, 'check before withdrawing a submission');
    await a.getByRole('button', { name: 'Withdraw the submission', exact: true }).click();
    await publication(a).getByRole('status').filter({ hasText: 'Submission withdrawn' }).waitFor();
    await a.getByText('Draft', { exact: true }).waitFor();
    await moveRecord(a, 'Submit for review');
    await a.getByText('In review', { exact: true }).waitFor();

    // Bob approves: the report's date is unknown, so the step asks why; owners are advice only.
    const b = await bob.context.newPage();
    const bErrors = collectConsoleErrors(b);
    await signIn(b, register.url, BOB.email);
    await b.goto(recordUrl);
    await publication(b).getByRole('link', { name: 'Approve', exact: true }).click();
    await checkHeading(b, 'approve it');
    await b.getByRole('region', { name: 'Worth checking' }).waitFor();
    expect(await b.getByRole('alert').count()).toBe(0);
    await b.getByLabel("Why the report's publication date is not known").fill(REASON);
    await expectAccessible(b, 'check before approving');
    await b.keyboard.press('Tab');
    await b.keyboard.press('Enter');
    await b.getByText('Approved', { exact: true }).waitFor();

    // Publish: says what the public will see and where; ends on the confirmation page.
    await publication(b).getByRole('link', { name: 'Publish', exact: true }).click();
    await checkHeading(b, 'publish it');
    await b
      .getByText(
        /^Publishing makes version 1 .* public on the register at \/forces\/staffordshire\/responses\//,
      )
      .waitFor();
    await b.getByText(/never internal updates, owners' names or drafts/).waitFor();
    await expectAccessible(b, 'check before publishing');
    await expectNoSidewaysScroll(b, 'check before publishing');
    await b.getByRole('button', { name: 'Publish', exact: true }).focus();
    await b.keyboard.press('Enter');
    await b.getByRole('heading', { level: 1, name: 'Response published' }).waitFor();
    await expectAccessible(b, 'published confirmation');
    await expectNoSidewaysScroll(b, 'published confirmation');
    const view = b.getByRole('link', { name: 'View the public page of version 1' });
    const href = await view.getAttribute('href');
    expect(href).toMatch(/^\/forces\/staffordshire\/responses\/[a-z0-9-]+\?version=1$/);
    await view.click();
    await b.waitForURL(`${register.url}${href!}`);
    expect(await b.locator('h1').innerText()).toMatch(TITLE);
    expect(await b.content()).toContain('review its vetting backlog within six months');

    // A new version, submitted; Bob starts reviewing it, so it can no longer be withdrawn.
    await a.goto(recordUrl);
    await publication(a).getByRole('button', { name: 'Start a new version' }).click();
    await a.getByText('Draft', { exact: true }).waitFor();
    await moveRecord(a, 'Submit for review');
    await a.getByText('In review', { exact: true }).waitFor();
    await b.goto(recordUrl);
    await b.getByRole('link', { name: /Track AFI1/ }).click();
    await b.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    await b.getByRole('textbox', { name: 'Update' }).fill('Reviewed: the evidence is sound.');
    await b.getByRole('button', { name: 'Add update' }).click();
    await b.getByRole('listitem').filter({ hasText: 'Reviewed: the evidence is sound.' }).waitFor();
    await a.reload();
    await publication(a).getByRole('link', { name: 'Withdraw the submission' }).click();
    await checkHeading(a, 'withdraw the submission');
    await a
      .getByRole('alert')
      .filter({ hasText: 'An approver has started reviewing this version' })
      .waitFor();
    expect(await a.getByRole('button', { name: 'Withdraw the submission' }).count()).toBe(0);
    await expectAccessible(a, 'check before withdrawing, refused');
    expect([...aErrors, ...bErrors]).toEqual([]);
  });
});
