import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disposeRegister, fillDate, registerWith, signIn } from './support';

const EVE = { email: 'eve@staffs.example.org', role: 'editor' as const, name: 'Eve Editor' };
const FAY = { email: 'fay@staffs.example.org', role: 'editor' as const, name: 'Fay Editor' };

async function openFinding(page: Page, url: string, ref: string): Promise<void> {
  await page.goto(`${url}/admin/records`);
  await page.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
  await page.getByRole('link', { name: /Police effectiveness/ }).click();
  await page.getByRole('link', { name: new RegExp(`Track ${ref}`) }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(ref) }).waitFor();
}

const shownOwner = (page: Page) =>
  page
    .locator('.summary-list > div')
    .filter({ has: page.getByRole('term').filter({ hasText: /^Owner$/ }) })
    .getByRole('definition');

describe("the finding page's forms start from the version they were changed on", () => {
  let register: Register;
  let eve: Browser;
  let fay: Browser;
  beforeAll(async () => {
    register = await registerWith([EVE, FAY], { importSeed: true });
    eve = await launchBrowser();
    fay = await launchBrowser();
  });
  afterAll(async () => {
    await eve?.close();
    await fay?.close();
    await disposeRegister(register);
  });

  it('a save of another form on the same page is ours, and does not refuse the next', async () => {
    const page = await eve.context.newPage();
    await signIn(page, register.url, EVE.email);
    await openFinding(page, register.url, 'AFI1');
    await page.getByLabel('Team').fill('Crime data team');
    await page.getByRole('combobox', { name: 'HMICFRS status' }).fill('Being progressed');
    await fillDate(page, 'Given on', '2026-11-20');
    await page.getByRole('button', { name: 'Save HMICFRS status' }).click();
    await page.getByText('Being progressed, given on 20 November 2026').waitFor();

    await page.getByRole('button', { name: 'Save owner' }).click();
    await expect.poll(() => shownOwner(page).innerText()).toBe('Crime data team');
    expect(await page.getByText('The owner was not saved').count()).toBe(0);
  });

  it("someone else's save in between is refused, keeps what was typed, and the next save is on purpose", async () => {
    const e = await eve.context.newPage();
    const f = await fay.context.newPage();
    await signIn(f, register.url, FAY.email);
    await openFinding(e, register.url, 'AFI2');
    await openFinding(f, register.url, 'AFI2');

    await e.getByLabel('Team').fill('Eve’s team');
    await f.getByLabel('Team').fill('Fay’s team');
    await f.getByRole('button', { name: 'Save owner' }).click();
    await expect.poll(() => shownOwner(f).innerText()).toBe('Fay’s team');

    await e.getByRole('button', { name: 'Save owner' }).click();
    await e.getByText('The owner was not saved').waitFor();
    expect(await e.getByLabel('Team').inputValue()).toBe('Eve’s team');
    await e.getByRole('button', { name: 'Save owner' }).click();
    await expect.poll(() => shownOwner(e).innerText()).toBe('Eve’s team');
  });
});
