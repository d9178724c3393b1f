import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  fillDate,
  moveRecord,
  registerWith,
  signIn,
} from './support';

// The same people and seed as changes-since-submission, so the prepared data folder is shared.
const ANNA = { email: 'anna@staffs.example.org', role: 'editor' as const, name: 'Anna Liaison' };
const BOB = { email: 'bob@staffs.example.org', role: 'approver' as const, name: 'Bob Chief' };
const TITLE = /Police effectiveness, efficiency and legitimacy 2018\/19/;
const REASON = 'HMICFRS has not yet confirmed the publication date';

// Issue 16 item 1: the report's publication date is entered on the record page and starts the
// 56-day clock; approval asks for it or why it is not known; published, it is the approvers'.
describe("a report's details on the record page", () => {
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

  it('asks the approver why the date is unknown, starts the clock when the editor enters it, then locks it', async () => {
    const a = await anna.context.newPage();
    const errors = collectConsoleErrors(a);
    await signIn(a, register.url, ANNA.email);
    await a.getByRole('link', { name: 'Records' }).click();
    // The dashboard links the record too (clocks, recent activity): wait for the list.
    await a.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    await a.getByRole('link', { name: TITLE }).click();
    const details = a.getByRole('region', { name: 'Report details' });
    await details
      .getByText('No publication date yet: the 56-day clock starts when it is entered.')
      .waitFor();
    await moveRecord(a, 'Submit for review');
    await a.getByText('In review', { exact: true }).waitFor();
    const recordUrl = a.url();

    // Approving an undated record asks why, with the keyboard; the reason is kept with the approval.
    const b = await bob.context.newPage();
    await signIn(b, register.url, BOB.email);
    await b.goto(recordUrl);
    await b.getByRole('link', { name: 'Approve', exact: true }).click();
    await b.getByLabel("Why the report's publication date is not known").fill(REASON);
    await expectAccessible(b, 'approval asking why the date is unknown');
    await b.keyboard.press('Tab');
    await b.keyboard.press('Enter');
    await b.getByText('Approved', { exact: true }).waitFor();
    await b.getByText(`Approved without the publication date: ${REASON}`).waitFor();
    await b.getByRole('link', { name: 'Audit log' }).click();
    await b
      .getByRole('cell', { name: new RegExp(REASON) })
      .first()
      .waitFor();

    // The editor enters the date (nothing is published yet) and the 56-day clock shows.
    await a.reload();
    await fillDate(details, 'Publication date', '2020-02-07');
    await details.getByRole('button', { name: 'Save report details' }).focus();
    await a.keyboard.press('Enter');
    await details
      .getByText(/^The response must be published by 2 April 2020: 56 days beginning/)
      .waitFor();
    await expectAccessible(a, 'record page with the report details');

    // Published, the details are the approvers': the editor sees them read-only, and who may.
    await b.goto(recordUrl);
    await moveRecord(b, 'Publish');
    await b.getByText('Published', { exact: true }).waitFor();
    await a.reload();
    await details.getByText(/only an approver can change its details/).waitFor();
    expect(
      await details.getByRole('group', { name: 'Publication date' }).getByLabel('Day').isDisabled(),
    ).toBe(true);
    expect(await details.getByRole('listitem').allInnerTexts()).toEqual(['Staffordshire Police']);
    expect(await details.getByRole('button', { name: 'Save report details' }).isDisabled()).toBe(
      true,
    );
    await expectAccessible(a, 'record page with the report details locked');
    expect(errors).toEqual([]);
  });
});
