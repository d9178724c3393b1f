import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeRegister, expectAccessible, registerWith, signIn } from './support';

const ANNA = { email: 'anna@staffs.example.org', role: 'editor' as const, name: 'Anna Liaison' };
const BEN = { email: 'ben@staffs.example.org', role: 'editor' as const, name: 'Ben Policy' };

async function openFindingEditor(page: Page, url: string): Promise<void> {
  await page.getByRole('link', { name: 'Records' }).click();
  // The dashboard links the record too (clocks, recent activity): wait for the list.
  await page.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
  await page
    .getByRole('link', { name: /Police effectiveness, efficiency and legitimacy 2018\/19/ })
    .click();
  await page.getByRole('button', { name: 'Edit AFI2' }).click();
  expect(page.url()).toContain(`${url}/admin/records/`);
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Text of AFI2' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

describe('two people edit the same finding', () => {
  let register: Register;
  let anna: Browser;
  let ben: Browser;
  beforeAll(async () => {
    register = await registerWith([ANNA, BEN], { importSeed: true });
    anna = await launchBrowser();
    ben = await launchBrowser();
  });
  afterAll(async () => {
    await anna?.close();
    await ben?.close();
    await disposeRegister(register);
  });

  it('the second save gets the conflict screen, names who changed it, and loses none of their text', async () => {
    const a = await anna.context.newPage();
    const b = await ben.context.newPage();
    await signIn(a, register.url, ANNA.email);
    await signIn(b, register.url, BEN.email);
    await openFindingEditor(a, register.url);
    await openFindingEditor(b, register.url);

    await typeAtEnd(a, ' Anna added this.');
    await typeAtEnd(b, ' Ben wrote this long careful paragraph.');
    await a.getByRole('button', { name: 'Save AFI2' }).click();
    await a.getByRole('button', { name: 'Edit AFI2' }).waitFor();

    // Leaving with unsaved text asks first; staying keeps the text.
    b.once('dialog', (d) => void d.dismiss());
    await b.getByRole('link', { name: 'Dashboard' }).click();
    await b.getByRole('button', { name: 'Save AFI2' }).waitFor();
    expect(await b.getByRole('textbox', { name: 'Text of AFI2' }).innerText()).toContain(
      'Ben wrote this long careful paragraph.',
    );

    await b.getByRole('button', { name: 'Save AFI2' }).click();
    const conflict = b.getByRole('alert').filter({ hasText: 'Someone else changed this finding' });
    await conflict.waitFor();
    // Who and what arrive as the history and the fresh record load.
    await conflict.getByText('Anna Liaison').waitFor();
    await conflict.getByText('Anna added this.', { exact: false }).waitFor();
    expect(await b.getByRole('textbox', { name: 'Text of AFI2' }).innerText()).toContain(
      'Ben wrote this long careful paragraph.',
    );
    await expectAccessible(b, 'conflict screen');

    // Reload theirs underneath, keep ours, save on purpose.
    await b.getByRole('button', { name: 'Load their changes and keep my text' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await b.getByRole('textbox', { name: 'Text of AFI2' }).innerText()).toContain(
      'Ben wrote this long careful paragraph.',
    );
    await b.getByRole('button', { name: 'Save AFI2' }).click();
    await b.getByRole('button', { name: 'Edit AFI2' }).waitFor();
    expect(await b.getByRole('article', { name: /AFI2/ }).innerText()).toContain(
      'Ben wrote this long careful paragraph.',
    );

    // Anna, reloading, sees Ben's text: the last deliberate save won and nothing was silently overwritten.
    await a.reload();
    await a
      .getByRole('article', { name: /AFI2/ })
      .getByText('Ben wrote this long careful paragraph.')
      .waitFor();
  });

  it('reorders and adds findings, and exports the record and a filtered finding list', async () => {
    const page = await anna.context.newPage();
    await page.goto(`${register.url}/admin/records`);
    await page
      .getByRole('link', { name: /Police effectiveness, efficiency and legitimacy 2018\/19/ })
      .click();
    await page.getByRole('heading', { name: 'Findings' }).waitFor();
    const titles = () => page.getByRole('article').locator('h4').allInnerTexts();
    const before = await titles();
    expect(before.findIndex((t) => t.startsWith('AFI1'))).toBeLessThan(
      before.findIndex((t) => t.startsWith('AFI2')),
    );
    await page.getByRole('button', { name: 'Move AFI2 up' }).click();
    await expect
      .poll(async () => {
        const now = await titles();
        return (
          now.findIndex((t) => t.startsWith('AFI2')) < now.findIndex((t) => t.startsWith('AFI1'))
        );
      })
      .toBe(true);

    await page.getByRole('button', { name: 'Add a finding' }).click();
    await page.getByLabel('Kind').last().selectOption('recommendation');
    await page
      .getByRole('textbox', { name: 'Text of the new finding' })
      .fill('The force should publish its vetting decisions within three months.');
    await page.getByLabel('Pillar').last().fill('Legitimacy');
    await page.getByLabel('Question or area').last().fill('Vetting');
    await page.getByRole('button', { name: 'Add finding', exact: true }).click();
    await page
      .getByRole('region', { name: 'Legitimacy: Vetting' })
      .getByText('R1 · Recommendation')
      .waitFor();

    // Exports: the record format (which the codec reads back), and a CSV of the filtered list.
    const [text] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as record format' }).click(),
    ]);
    const body = await (await text.createReadStream()).toArray();
    const rendered = Buffer.concat(body).toString('utf8');
    expect(rendered).toContain('PCC and CC Force Inspection response record');
    expect(rendered).toContain(
      'The force should publish its vetting decisions within three months.',
    );

    await page.getByLabel('Kind', { exact: true }).first().selectOption('recommendation');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download these 1 findings as CSV' }).click(),
    ]);
    const rows = Buffer.concat(await (await csv.createReadStream()).toArray())
      .toString('utf8')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^"Ref","Kind"/);
    expect(rows[1]).toMatch(/^"R1","recommendation"/);
  });

  it("a stale save of the record's own fields shows one conflict notice, by the form that was saved", async () => {
    const a = await anna.context.newPage();
    const b = await ben.context.newPage();
    for (const p of [a, b]) {
      await p.goto(`${register.url}/admin/records`);
      await p
        .getByRole('link', { name: /Police effectiveness, efficiency and legitimacy 2018\/19/ })
        .click();
      await p.getByRole('heading', { name: 'Findings' }).waitFor();
    }
    await a
      .getByRole('textbox', { name: "Commissioner's comments" })
      .fill('Anna: the commissioner welcomes the report.');
    await a.getByRole('button', { name: 'Save record' }).last().click();
    await a.getByText('You have unsaved changes.').first().waitFor({ state: 'detached' });

    await b
      .getByRole('textbox', { name: "Chief officer's comments" })
      .fill('Ben: the chief constable accepts every finding.');
    await b.getByRole('button', { name: 'Save record' }).last().click();
    const notice = b.getByRole('alert').filter({ hasText: 'Someone else changed this record' });
    await notice.waitFor();
    expect(await notice.count()).toBe(1);
    await notice.getByText('Anna Liaison').waitFor();
    await expectAccessible(b, 'record conflict');
    await b.getByRole('button', { name: 'Load their changes and keep my text' }).click();
    await notice.waitFor({ state: 'detached' });
    await b.getByRole('button', { name: 'Save record' }).last().click();
    await b.getByText('You have unsaved changes.').first().waitFor({ state: 'detached' });
    await b.reload();
    await b.getByText('Ben: the chief constable accepts every finding.').waitFor();
    // Ben changed only the chief officer's comments, so Anna's commissioner's comments stand.
    await b.getByText('Anna: the commissioner welcomes the report.').waitFor();
  });
});
