import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  expectNoSidewaysScroll,
  registerWith,
  signIn,
} from './support';

const EDNA = { email: 'edna@staffs.example.org', role: 'editor' as const, name: 'Edna Editor' };

/** Twenty inspections with nothing in common but the force, so no two are the same report. */
const TOPICS = [
  'Custody services in Staffordshire',
  'Crime data integrity in Staffordshire Police',
  'Vetting, misconduct and misogyny in the police service',
  'The police response to domestic abuse',
  'Stalking and harassment: an inspection of Staffordshire',
  'Serious and organised crime: how Staffordshire tackles county lines',
  'Child protection in Staffordshire Police',
  'Fraud: time to choose',
  'Roads policing: not optional',
  'Counter-corruption arrangements in Staffordshire',
  'Digital forensics and the examination of mobile phones',
  'Neighbourhood policing and community engagement',
  'Use of force and stop and search',
  'Wellbeing of the police workforce',
  'Hate crime: understanding the needs of victims',
  'Modern slavery and human trafficking',
  'Pre-charge bail and released under investigation',
  'Cyber-dependent crime: the police response',
  'Integrated offender management in Staffordshire',
  'Firearms licensing arrangements',
];
/** These three have a grade the reader refuses: they need review, the others are ready. */
const BROKEN = new Set([4, 11, 17]);

function recordText(title: string, grade: string): string {
  return [
    'PCC and CC Force Inspection response record',
    '',
    'Version: 1',
    '',
    'Force\tStaffordshire',
    'Police and Crime Commissioner\tMatthew Ellis',
    'Chief Constable\tActing Chief Constable Nick Baker',
    `Title of inspection\t${title}`,
    "Inspectorate\tHer Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    'Date of publication\t12 March 2019',
    'Summary of inspection\tThe force was inspected and the report made one area for improvement.',
    `Grade\t${grade}`,
    'Recommendations\tNone',
    'Areas for improvement\tEFFECTIVENESS Investigating Crime',
    '',
    `- The force should review how it deals with ${title.toLowerCase()}.`,
    '',
    'Force Update:',
    '',
    'A review started in April 2019 and reports to the chief officer group.',
    '',
  ].join('\n');
}

const fileName = (i: number) => `responses/${String(i + 1).padStart(2, '0')}.txt`;

describe('a .zip of twenty records', () => {
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

  it('is read with progress, gives a result per file, and the ready ones import together', async () => {
    const files: Record<string, Uint8Array> = {};
    TOPICS.forEach((t, i) => {
      files[fileName(i)] = strToU8(recordText(t, BROKEN.has(i) ? 'Magnificent' : 'Good'));
    });
    // What an archive made on a Mac also holds: passed over.
    files['__MACOSX/responses/._01.txt'] = strToU8('resource fork');
    files['responses/.DS_Store'] = strToU8('finder');
    const zip = zipSync(files);

    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, register.url, EDNA.email);
    await page.goto(`${register.url}/admin/import`);
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    await page.getByLabel('Upload files').setInputFiles({
      name: 'responses.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zip),
    });
    await page.getByText('20 documents chosen.').waitFor();

    // Every count the live region announces is recorded as it happens.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const status = document.querySelector('[aria-live="polite"]');
        const text = status?.textContent ?? '';
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Read 20 documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imported files' }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen[0]).toBe('Read 0 of 20 files');
    expect(seen).toContain('Read 7 of 20 files');
    expect(seen.at(-1)).toBe('Read 20 of 20 files');

    const lines = page.locator('ol.import-lines > li');
    expect(await lines.count()).toBe(20);
    for (const [i, topic] of TOPICS.entries()) {
      const line = lines.nth(i);
      const text = await line.innerText();
      expect(text).toContain(fileName(i));
      expect(text).toContain(topic);
      if (BROKEN.has(i)) expect(text).toMatch(/Needs review: \d+ errors?/);
      else expect(text).toContain('Ready to import');
    }
    expect(
      await lines
        .nth(4)
        .getByRole('link', { name: fileName(4) })
        .getAttribute('href'),
    ).toMatch(/^\/admin\/import\/review\//);
    await expectAccessible(page, 'batch page');
    await expectNoSidewaysScroll(page, 'batch page');

    await page.getByRole('button', { name: 'Import the 17 ready files' }).click();
    const done = page.getByRole('status').filter({ hasText: '17 records imported' });
    await done.waitFor();
    for (const [i] of TOPICS.entries()) {
      const line = lines.nth(i);
      if (BROKEN.has(i)) {
        expect(await line.innerText()).toMatch(/Needs review: \d+ errors?/);
        expect(await line.getByRole('link', { name: /Open the record/ }).count()).toBe(0);
      } else {
        await line.getByText('Imported').waitFor();
        expect(await line.getByRole('link', { name: /Open the record/ }).count()).toBe(1);
      }
    }
    expect(await page.getByRole('button', { name: /Import the/ }).count()).toBe(0);
    await expectAccessible(page, 'batch page after importing');

    // The three left wait in the review queue; the records list has the seventeen.
    await page.goto(`${register.url}/admin/import`);
    const queue = page.getByRole('region', { name: 'Waiting for your review' });
    await queue.getByRole('link', { name: TOPICS[4]! }).waitFor();
    expect(await queue.getByRole('listitem').count()).toBe(3);
    await page.goto(`${register.url}/admin/records`);
    await page.getByRole('link', { name: new RegExp(TOPICS[0]!) }).waitFor();
    expect(await page.getByRole('link', { name: new RegExp(TOPICS[4]!) }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
