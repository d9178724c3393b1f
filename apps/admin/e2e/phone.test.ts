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

const ADA = { email: 'ada@staffs.example.org', role: 'admin' as const, name: 'Ada Admin' };
const PHONE = { width: 375, height: 812 };

/** How many pixels the page is wider than the phone's screen (0: no sideways scrolling). */
const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** What sticks out past the screen's right edge, innermost first, to say where an overflow comes from. */
const widest = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter(
        (el) =>
          ![...el.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1),
      )
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
  );

describe('the admin app on a phone (375 px)', () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([ADA], { importSeed: true });
    browser = await launchBrowser({ viewport: PHONE });
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
  });

  it('scrolls no page sideways, and shows tables as stacked summaries', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    const overflows: Record<string, number> = {};
    const measure = async (screen: string) => {
      await page.waitForLoadState('networkidle');
      const overflow = await overflowOf(page);
      if (overflow !== 0) overflows[`${screen} (${(await widest(page)).join(', ')})`] = overflow;
    };

    await page.goto(`${register.url}/admin/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await measure('sign-in');
    await signIn(page, register.url, ADA.email);
    await page.getByRole('heading', { name: 'Statutory clocks' }).waitFor();
    await measure('dashboard');

    const screens: [string, string | RegExp][] = [
      ['/admin/records', 'Response records'],
      ['/admin/findings', 'Findings'],
      ['/admin/import', 'Import records'],
      ['/admin/audit', 'Audit log'],
      ['/admin/notifications', 'Notifications'],
      ['/admin/users', 'Users'],
      ['/admin/no-such-page', 'Page not found'],
    ];
    for (const [path, heading] of screens) {
      await page.goto(`${register.url}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await measure(path);
    }

    await page.goto(`${register.url}/admin/records`);
    await page.getByRole('link', { name: /Police effectiveness/ }).click();
    await page.getByRole('heading', { name: 'Findings' }).waitFor();
    const recordUrl = page.url();
    await measure('record');
    await page.getByText('Statutory dates').click();
    await measure('record with statutory dates open');
    await page.getByRole('link', { name: /Track AFI1/ }).click();
    await page.getByRole('heading', { level: 1, name: /AFI1/ }).waitFor();
    await measure('finding');
    await page.goto(`${recordUrl}/versions`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await measure('versions');

    expect(overflows).toEqual({});

    // A table on a phone: each row a summary whose cells say what they are.
    await page.goto(`${register.url}/admin/findings`);
    const cell = page.getByRole('table').getByRole('cell').first();
    await cell.waitFor();
    const shown = await cell.evaluate((el) => ({
      display: getComputedStyle(el).display,
      label: getComputedStyle(el, '::before').content,
    }));
    expect(shown.display).toBe('block');
    expect(shown.label).not.toBe('none');
    // Stacked, the table keeps its meaning: a screen reader still hears rows, cells and their headings.
    expect(await page.getByRole('columnheader', { name: 'Finding' }).count()).toBe(1);
    await expectAccessible(page, 'findings list on a phone');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Statutory clocks' }).waitFor();
    await expectAccessible(page, 'dashboard on a phone');
    expect(errors).toEqual([]);
  });
});
