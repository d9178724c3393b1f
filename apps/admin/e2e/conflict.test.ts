import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeRegister, expectAccessible, registerWith, signIn } from './support';

const ANNA = { email: 'anna@staffs.example.org', role: 'editor' as const, name: 'Anna Liaison' };
const BEN = { email: 'ben@staffs.example.org', role: 'editor' as const, name: 'Ben Policy' };

async function openFindingEditor(page: Page, url: string): Promise<void> {
  await page.getByRole('link', { name: 'Records' }).click();
  await page.getByRole('link', { name: /Police effectiveness, efficiency and legitimacy 2018\/19/ }).click();
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
    expect(await b.getByRole('textbox', { name: 'Text of AFI2' }).innerText()).toContain('Ben wrote this long careful paragraph.');

    await b.getByRole('button', { name: 'Save AFI2' }).click();
    const conflict = b.getByRole('alert').filter({ hasText: 'Someone else changed this finding' });
    await conflict.waitFor();
    // Who and what arrive as the history and the fresh record load.
    await conflict.getByText('Anna Liaison').waitFor();
    await conflict.getByText('Anna added this.', { exact: false }).waitFor();
    expect(await b.getByRole('textbox', { name: 'Text of AFI2' }).innerText()).toContain('Ben wrote this long careful paragraph.');
    await expectAccessible(b, 'conflict screen');

    // Reload theirs underneath, keep ours, save on purpose.
    await b.getByRole('button', { name: 'Load their changes and keep my text' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await b.getByRole('textbox', { name: 'Text of AFI2' }).innerText()).toContain('Ben wrote this long careful paragraph.');
    await b.getByRole('button', { name: 'Save AFI2' }).click();
    await b.getByRole('button', { name: 'Edit AFI2' }).waitFor();
    expect(await b.getByRole('article', { name: /AFI2/ }).innerText()).toContain('Ben wrote this long careful paragraph.');

    // Anna, reloading, sees Ben's text: the last deliberate save won and nothing was silently overwritten.
    await a.reload();
    await a.getByRole('article', { name: /AFI2/ }).getByText('Ben wrote this long careful paragraph.').waitFor();
  });
});
