import { readFileSync } from 'node:fs';
import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  DATE_UNKNOWN,
  disposeRegister,
  expectAccessible,
  expectNoSidewaysScroll,
  expectSummaryLinksFocus,
  fillDate,
  focusedIsSummary,
  registerWith,
  SEED_FILE,
  signIn,
} from './support';

const ALICE = {
  email: 'alice@staffs.example.org',
  role: 'approver' as const,
  name: 'Alice Policy',
};
const BOB = { email: 'bob@staffs.example.org', role: 'approver' as const, name: 'Bob Chief' };

/** The custody response with one paragraph the reader places nowhere (fixtures/README.md). */
const DOCX = new URL('./fixtures/custody-response-unplaced.docx', import.meta.url).pathname;
const STRAY =
  'The custody inspector said in June 2019 that healthcare waiting times are now reviewed every week.';
const SEED_TITLE =
  'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police';

/** A tRPC call from the signed-in page, as the app makes it (same session, CSRF header). */
async function call<T>(page: Page, path: string, input: unknown, mutation: boolean): Promise<T> {
  return page.evaluate<T, { path: string; input: unknown; mutation: boolean }>(
    async ({ path, input, mutation }) => {
      const res = mutation
        ? await fetch(`/trpc/${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-irr-csrf': '1' },
            body: JSON.stringify(input),
          })
        : await fetch(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
      const body = (await res.json()) as { result?: { data: unknown }; error?: unknown };
      if (!res.ok) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
      return body.result!.data as T;
    },
    { path, input, mutation },
  );
}

type Rec = { id: string; rowVersion: number; status: string; draftVersion: number };
async function transition(
  page: Page,
  recordId: string,
  to: string,
  extra: { dateUnknownReason?: string } = {},
): Promise<void> {
  const record = await call<Rec>(page, 'records.get', { recordId }, false);
  await call(
    page,
    'workflow.transition',
    { recordId, rowVersion: record.rowVersion, to, ...extra },
    true,
  );
}

/** The seed's record text with one finding's wording changed, pasted on the import page. */
async function pasteSeed(page: Page, url: string, added: string): Promise<void> {
  const seed = readFileSync(SEED_FILE, 'utf8').replace(
    'victim contact details consistently recorded',
    `victim contact details consistently recorded ${added}`,
  );
  expect(seed).toContain(added);
  await page.goto(`${url}/admin/import`);
  await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
  await page.getByLabel('Or paste the record text').fill(seed);
  await page.getByRole('button', { name: 'Read the pasted text' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review the import of Pasted text' }).waitFor();
}

describe('reviewing an import before it is saved', () => {
  let register: Register;
  let alice: Browser;
  let bob: Browser;
  beforeAll(async () => {
    register = await registerWith([ALICE, BOB], { importSeed: true });
    alice = await launchBrowser();
    bob = await launchBrowser();
  });
  afterAll(async () => {
    await alice?.close();
    await bob?.close();
    await disposeRegister(register);
  });

  it('a Word document with one unplaced paragraph: the paragraph becomes a public, dated update of a finding, and the record shows it', async () => {
    const page = await alice.context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, register.url, ALICE.email);
    await page.goto(`${register.url}/admin/import`);
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    await expectAccessible(page, 'import page');
    await expectNoSidewaysScroll(page, 'import page');
    await page.getByLabel('Upload files').setInputFiles(DOCX);
    await page.getByText('1 document chosen.').waitFor();
    await page.getByRole('button', { name: 'Read 1 document' }).click();

    // One file with one record goes straight to its review.
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Review the import of custody-response-unplaced.docx',
      })
      .waitFor();
    const summary = page.locator('.error-summary');
    expect(await summary.getByRole('heading').innerText()).toBe(
      '1 thing to resolve before importing',
    );
    const link = summary.getByRole('link', { name: /text not placed in the record/ });
    expect(await link.innerText()).toMatch(/^Line 8 \(paragraph \d+\)/);
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await page.locator('#import-why-not').innerText()).toBe(
      'Resolve the thing listed at the top first.',
    );
    // The paragraph is shown beside its line in the source, with the form to place it.
    const block = page.getByRole('group', { name: 'Text at line 8 is not in the record' });
    expect(await block.innerText()).toContain(STRAY);
    await expectAccessible(page, 'review with an unplaced paragraph');
    await expectNoSidewaysScroll(page, 'review with an unplaced paragraph');

    await link.click();
    await block.getByLabel('Place this text as').selectOption({ label: 'An update' });
    await block.getByLabel('Finding').selectOption({ index: 2 });
    const finding = await block.getByLabel('Finding').inputValue();
    await fillDate(block, 'Date of the update', '2019-06-20');
    // No visibility is chosen for the user: placing without one is refused here, summarised at the
    // top of the block (focused, a link to the choice) and said beside the choice.
    await block.getByRole('button', { name: /Place this text/ }).click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'placing a paragraph with no visibility chosen');
    await expectSummaryLinksFocus(page, {
      'Choose whether this update is public or internal': 'place-8-visibility-internal',
    });
    await block
      .locator('#place-8-visibility-error')
      .getByText('Choose whether this update is public or internal')
      .waitFor();
    await block.getByRole('radio', { name: /^Public/ }).check();
    await expectAccessible(page, 'placing a paragraph as an update');
    await block.getByRole('button', { name: /Place this text/ }).click();

    await page.getByRole('group', { name: 'Text at line 8 is not in the record' }).waitFor({
      state: 'detached',
    });
    await page
      .getByRole('listitem')
      .filter({ hasText: `Line 8: An update on ${finding}, 20 June 2019, public` })
      .waitFor();
    const updates = page.getByRole('list', { name: `Updates on ${finding}` });
    expect(await updates.innerText()).toContain(STRAY);
    expect(await updates.innerText()).toContain('20 June 2019');
    expect(await importButton.isEnabled()).toBe(true);
    await expectAccessible(page, 'review ready to import');

    await importButton.click();
    const done = page.getByRole('status').filter({ hasText: 'Imported as a new draft response' });
    await done.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('notice');
    await done.getByRole('link', { name: 'Open the record' }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Report on an unannounced inspection visit to police custody suites in Staffordshire',
      })
      .waitFor();
    await page.getByRole('link', { name: new RegExp(`Track ${finding}`) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(finding) }).waitFor();
    const update = page.getByRole('listitem').filter({ hasText: STRAY });
    expect(await update.innerText()).toMatch(/20 June 2019 · .* update · Public/);
    expect(errors).toEqual([]);
  });

  it('meeting a draft offers open and replace; once published, a new version after a word diff', async () => {
    // Alice in a browser of her own, so this test does not lean on the one before.
    const own = await launchBrowser();
    const page = await own.context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, register.url, ALICE.email);

    await pasteSeed(page, register.url, 'by every team.');
    const meeting = page.getByRole('region', { name: 'This inspection is already held' });
    expect(await meeting.innerText()).toContain(`This import is for ${SEED_TITLE}`);
    expect(await meeting.innerText()).toContain('Its response here is draft');
    expect(await meeting.getByRole('button', { name: /Import as draft version/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    await meeting.getByText('by every team.').first().waitFor();
    await expectAccessible(page, 'review meeting a draft');

    // Open goes to the record.
    await meeting.getByRole('link', { name: 'Open the response' }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    const recordUrl = page.url();
    const recordId = recordUrl.split('/records/')[1]!.split(/[/?#]/)[0]!;
    expect(await page.getByText('by every team.').count()).toBe(0);

    // Replace changes the draft's text.
    await page.goBack();
    await meeting.getByRole('button', { name: 'Replace the draft with this import' }).click();
    const replaced = page
      .getByRole('status')
      .filter({ hasText: 'The draft now has the imported text' });
    await replaced.waitFor();
    await replaced.getByRole('link', { name: 'Open the record' }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    expect(page.url()).toBe(recordUrl);
    await page
      .getByText('victim contact details consistently recorded by every team.')
      .first()
      .waitFor();

    // Published (Alice submits; Bob, who changed nothing, approves and publishes).
    await transition(page, recordId, 'in_review');
    const other = await bob.context.newPage();
    await signIn(other, register.url, BOB.email);
    await transition(other, recordId, 'approved', { dateUnknownReason: DATE_UNKNOWN });
    await transition(other, recordId, 'published');

    await pasteSeed(page, register.url, 'and checked monthly.');
    expect(await meeting.innerText()).toContain('Its response here is published');
    expect(await meeting.getByRole('button', { name: /Replace the draft/ }).count()).toBe(0);
    const diff = meeting.getByRole('region', { name: /What changes/ });
    expect((await diff.locator('ins').allInnerTexts()).join(' ')).toContain('and checked monthly');
    await expectAccessible(page, 'review meeting a published response');
    await expectNoSidewaysScroll(page, 'review with a word diff');
    await meeting.getByRole('button', { name: 'Import as draft version 2' }).click();
    const versioned = page
      .getByRole('status')
      .filter({ hasText: 'Imported as a new draft version' });
    await versioned.waitFor();
    await versioned.getByRole('link', { name: 'Open the record' }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    const publication = page.getByRole('region', { name: 'Publication' });
    await expect
      .poll(() => publication.innerText())
      .toContain('version 2 · latest published: version 1');
    await page
      .getByText('consistently recorded and checked monthly. and updated.')
      .first()
      .waitFor();
    expect(errors).toEqual([]);
    await own.close();
  });

  it('a change made in another tab is not overwritten: the conflict is named, and the change is made again on the latest decisions', async () => {
    const own = await launchBrowser();
    const first = await own.context.newPage();
    await signIn(first, register.url, ALICE.email);
    await first.goto(`${register.url}/admin/import`);
    await first.getByLabel('Upload files').setInputFiles(DOCX);
    await first.getByRole('button', { name: 'Read 1 document' }).click();
    await first.getByRole('heading', { level: 1, name: /^Review the import of/ }).waitFor();
    const second = await own.context.newPage();
    await second.goto(first.url());
    await second.getByRole('heading', { level: 1, name: /^Review the import of/ }).waitFor();

    await second.getByLabel('Version', { exact: true }).fill('2');
    await second.getByRole('button', { name: 'Save the header fields' }).click();
    await second.getByRole('listitem').filter({ hasText: 'Version: 2' }).waitFor();

    const block = first.getByRole('group', { name: 'Text at line 8 is not in the record' });
    await block.getByLabel('Place this text as').selectOption({ label: 'Leave out' });
    await block.getByLabel('Why is it left out?').fill('a note to the panel, not the response');
    await block.getByRole('button', { name: /Leave this text out/ }).click();
    const conflict = first.getByRole('alert').filter({ hasText: 'changed somewhere else' });
    await conflict.waitFor();
    await expectAccessible(first, 'review with a conflict');
    await conflict
      .getByRole('button', { name: 'Load the latest and make my change again' })
      .click();
    const decisions = first.getByRole('region', { name: 'Your decisions' });
    await decisions
      .getByText('Line 8: Leave out (a note to the panel, not the response)')
      .waitFor();
    expect(await decisions.innerText()).toContain('Version: 2');
    await own.close();
  });
});
