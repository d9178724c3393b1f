import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  PASSWORD,
  signIn,
} from './support';

const ALICE = { email: 'alice@staffs.example.org', name: 'Alice Policy' };
const TITLE = 'An inspection of vetting, misconduct, and misogyny in the police service';
const HELD = 'Chief constables should record the reason for every vetting decision they make.';
const DIFFERING = 'Chief constables should audit every vetting refusal made since 2020.';

/** A thematic report's response from Staffordshire, in the record format, with one recommendation. */
const record = (wording: string) =>
  [
    'PCC and CC Force Inspection response record',
    '',
    'Force\tStaffordshire',
    'Police and Crime Commissioner\tJane Doe',
    'Chief Constable\tJohn Roe',
    `Title of inspection\t${TITLE}`,
    'Inspectorate\tHMICFRS',
    'Type of inspection\tThematic',
    'Date published\t2 November 2022',
    'Recommendations',
    '',
    `1. ${wording}`,
    '',
    'Areas for improvement\tNone',
    "Commissioner's response",
    '',
    'I welcome this report.',
    '',
    "Chief Constable's response",
    '',
    'We accept its findings.',
    '',
  ].join('\n');

/**
 * Issue 19: a thematic report's recommendations are held once, at the report. Importing one whose
 * wording differs from the report's recommendation of the same number asks the user, in the review,
 * whether it is the same recommendation, and saves nothing until they say.
 */
describe("an import that meets a national report's recommendation worded differently", () => {
  let register: Register;
  let browser: Browser;
  let scratch: string;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'irr-national-'));
    const held = join(scratch, 'held.txt');
    writeFileSync(held, record(HELD));
    register = await startRegister({
      setup: [
        {
          args: [
            'create-user',
            '--email',
            ALICE.email,
            '--role',
            'editor',
            '--org',
            'staffordshire',
            '--name',
            ALICE.name,
          ],
          env: { IRR_PASSWORD: PASSWORD },
        },
        { args: ['import', held, '--as', ALICE.email] },
      ],
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('shows both wordings with the differences marked, refuses to save until answered, and saves the answer', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, register.url, ALICE.email);
    await page.goto(`${register.url}/admin/import`);
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    await page.getByLabel('Or paste the record text').fill(record(DIFFERING));
    await page.getByRole('button', { name: 'Read the pasted text' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Review the import of Pasted text' })
      .waitFor();

    const panel = page.getByRole('region', {
      name: 'Findings worded differently from the national report',
    });
    await panel.getByRole('heading', { level: 3, name: 'Recommendation R1' }).waitFor();
    expect(await panel.locator('del').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('record')]),
    );
    expect(await panel.locator('ins').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('audit')]),
    );
    await expectAccessible(page, 'the national wording question');

    // Nothing can be saved before the answer, and the page says why (the server refuses it too).
    expect(
      await page.getByRole('button', { name: 'Replace the draft with this import' }).isDisabled(),
    ).toBe(true);
    await page
      .getByText('Answer whether each finding worded differently is the national report’s first.')
      .first()
      .waitFor();

    await panel.getByRole('button', { name: /^The same finding/ }).click();
    await panel.waitFor({ state: 'detached' });
    await page
      .getByRole('region', { name: 'Your decisions' })
      .getByText(/R1: the national report's finding of the same number/)
      .waitFor();
    await page.getByRole('button', { name: 'Replace the draft with this import' }).click();
    await page
      .getByRole('heading', { level: 2, name: 'The draft now has the imported text' })
      .waitFor();
    expect(errors).toEqual([]);
  });
});
