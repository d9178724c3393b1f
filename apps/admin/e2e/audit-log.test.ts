import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  registerWith,
  signIn,
} from './support';

const EVE = { email: 'eve@staffs.example.org', role: 'editor' as const, name: 'Eve Editor' };
const BOB = { email: 'bob@staffs.example.org', role: 'approver' as const, name: 'Bob Chief' };
const COMPLETED = "Changed a finding's status: completed";
const WHEN =
  /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d\d:\d\d/;

/** On the seed record's finding page, marks the finding (imported in progress) completed. */
async function complete(page: Page, url: string, ref: string): Promise<void> {
  await page.goto(`${url}/admin/records`);
  await page.getByRole('link', { name: /Police effectiveness/ }).click();
  await page.getByRole('link', { name: new RegExp(`Track ${ref}\\b`) }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(ref) }).waitFor();
  await page.getByLabel('New status').selectOption('completed');
  await page
    .getByRole('textbox', { name: 'Final update: what was done' })
    .fill('Every case is now reviewed.');
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.getByText('Completed', { exact: true }).first().waitFor();
}

describe('the audit log in words (issue 17 item 4)', () => {
  let register: Register;
  let browser: Browser;
  let bobsBrowser: Browser;
  beforeAll(async () => {
    register = await registerWith([EVE, BOB], { importSeed: true });
    browser = await launchBrowser();
    bobsBrowser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await bobsBrowser?.close();
    await disposeRegister(register);
  });

  it("shows a finding's status change: who, when and what in words, a link to the finding, and filters kept in the URL", async () => {
    const eve = await browser.context.newPage();
    const consoleErrors = collectConsoleErrors(eve);
    await signIn(eve, register.url, EVE.email);
    await complete(eve, register.url, 'AFI1');
    await complete(eve, register.url, 'AFI2');

    await eve.getByRole('link', { name: 'Audit log' }).click();
    await eve.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const rows = eve.getByRole('row').filter({ hasText: COMPLETED });
    const afi1 = rows.filter({ has: eve.getByRole('link', { name: /^AFI1\b/ }) });
    await afi1.waitFor();
    const cells = await afi1.getByRole('cell').allInnerTexts();
    expect(cells[0]).toMatch(WHEN);
    expect(cells.slice(1, 3)).toEqual([EVE.name, COMPLETED]);
    expect(cells[3]).toMatch(/^AFI1.* in Police effectiveness/);
    expect(cells[4]!.split('\n')).toEqual([
      'Status: In progress → Completed',
      'Visibility: Internal',
    ]);
    // No codes, no ids, no JSON anywhere in the log.
    const table = await eve.getByRole('table').innerText();
    expect(table).not.toMatch(/in_progress|finding\.completed|[0-9a-f]{8}-[0-9a-f]{4}-|\{"|"\w+":/);
    await expectAccessible(eve, 'audit log');

    // Filter by action: both status changes, nothing else; the filter is in the URL and survives a reload.
    await eve.getByLabel('Action').selectOption({ label: COMPLETED });
    await expect.poll(() => eve.getByRole('row').filter({ hasText: 'Imported' }).count()).toBe(0);
    await expect.poll(() => rows.count()).toBe(2);
    expect(new URL(eve.url()).searchParams.get('action')).toBe('finding.completed');
    await eve.reload();
    await eve.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await eve.getByLabel('Action').inputValue()).toBe('finding.completed');

    // Filter by record: the record's import is back; by person: Bob did none of it.
    await eve.getByLabel('Action').selectOption({ label: 'Any action' });
    await eve.getByLabel('Record').selectOption({ label: await recordTitle(eve) });
    await eve.getByRole('row').filter({ hasText: 'Imported a response record' }).waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    expect(new URL(eve.url()).searchParams.get('record')).toBeTruthy();
    await eve.getByLabel('Who').selectOption({ label: EVE.name });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await eve.getByLabel('Who').locator('option').allInnerTexts()).not.toContain(BOB.name);
    await expectAccessible(eve, 'audit log filtered');

    // The link works: it lands on the finding.
    await afi1.getByRole('link', { name: /^AFI1\b/ }).click();
    await eve.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    expect(new URL(eve.url()).pathname).toMatch(/^\/admin\/records\/[^/]+\/findings\/[^/]+$/);
    expect(consoleErrors).toEqual([]);
  });

  it("another member reads the same entry, and the dashboard's recent activity links to the finding", async () => {
    const bob = await bobsBrowser.context.newPage();
    await signIn(bob, register.url, BOB.email);
    await bob.goto(`${register.url}/admin/`);
    const activity = bob.getByRole('region', { name: 'Recent activity' });
    const latest = activity.getByRole('listitem').first();
    await latest.waitFor();
    expect(await latest.innerText()).toMatch(
      new RegExp(`${EVE.name}: ${COMPLETED} · AFI2.* in Police effectiveness`),
    );
    await latest.getByRole('link', { name: /^AFI2\b/ }).click();
    await bob.getByRole('heading', { level: 1, name: /AFI2/ }).waitFor();
    await bob.goto(`${register.url}/admin/audit?action=finding.completed`);
    await bob.getByRole('row').filter({ hasText: EVE.name }).first().waitFor();
    await expect.poll(() => bob.getByRole('row').filter({ hasText: COMPLETED }).count()).toBe(2);
    await expectAccessible(bob, 'audit log opened from a link with a filter');
  });
});

/** The seed record's title as the record filter offers it. */
async function recordTitle(page: Page): Promise<string> {
  const options = await page.getByLabel('Record').locator('option').allInnerTexts();
  return options.find((o) => /Police effectiveness/.test(o))!;
}
