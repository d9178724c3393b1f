import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approveUndated,
  disposeRegister,
  expectAccessible,
  moveRecord,
  registerWith,
  signIn,
} from './support';

const ANNA = { email: 'anna@staffs.example.org', role: 'editor' as const, name: 'Anna Liaison' };
const BOB = { email: 'bob@staffs.example.org', role: 'approver' as const, name: 'Bob Chief' };
const TITLE = /Police effectiveness, efficiency and legitimacy 2018\/19/;

// Issue 13, defect 5: tracking goes on during review, and what the publication will hold reaches
// the approver before they approve.
describe('changes made while a record waits for approval', () => {
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

  it('a public update in review is listed for the approver as a change since submission', async () => {
    const a = await anna.context.newPage();
    await signIn(a, register.url, ANNA.email);
    await a.getByRole('link', { name: 'Records' }).click();
    // The dashboard links the record too (clocks, recent activity): wait for the list.
    await a.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    await a.getByRole('link', { name: TITLE }).click();
    await moveRecord(a, 'Submit for review');
    await a.getByText('In review', { exact: true }).waitFor();
    const recordUrl = a.url();

    await a.getByRole('link', { name: /Track AFI1/ }).click();
    await a.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    await a.getByRole('textbox', { name: 'Update' }).fill('Added while the record was in review.');
    await a.getByRole('radio', { name: /^Public/ }).check();
    await a.getByRole('button', { name: 'Add update' }).click();
    await a
      .getByRole('listitem')
      .filter({ hasText: 'Added while the record was in review.' })
      .waitFor();

    const b = await bob.context.newPage();
    await signIn(b, register.url, BOB.email);
    await b.goto(recordUrl);
    const changes = b.locator('.notice').filter({ hasText: 'Changes since submission' });
    await changes.waitFor();
    expect(await changes.getByRole('listitem').innerText()).toMatch(
      /: Anna Liaison added a public update \(AFI1\)$/,
    );
    await expectAccessible(b, 'record in review with changes since submission');
    await approveUndated(b);
  });

  // Issue 16: the same review, seen from the notifications it sent (the test above made them).
  it('the approver was told of the review and the editor of the approval, with unread counts and a digest choice', async () => {
    const b = await bob.context.newPage();
    await b.goto(`${register.url}/admin/`);
    await b.getByRole('link', { name: 'Notifications (1 unread)' }).click();
    await b.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const review = b.getByRole('link', { name: /^Anna Liaison asks you to review Staffordshire/ });
    await review.waitFor();
    await expectAccessible(b, 'notifications with one unread');
    await review.click();
    await b.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await b.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    const a = await anna.context.newPage();
    await a.goto(`${register.url}/admin/notifications`);
    await a.getByRole('link', { name: /^Bob Chief approved Staffordshire/ }).waitFor();
    await a.getByRole('button', { name: 'Mark all as read' }).click();
    await a.getByRole('heading', { name: 'What you were told (0 unread)' }).waitFor();
    await a.getByLabel('Send me the digest').selectOption('daily');
    // A form with a button (issue 17), not a save on change: nothing is saved until it is pressed.
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await a.locator('.success-banner').filter({ hasText: 'Saved: every day.' }).waitFor();
    await expect
      .poll(() => a.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('success-banner');
    await a.reload();
    expect(await a.getByLabel('Send me the digest').inputValue()).toBe('daily');
  });
});
