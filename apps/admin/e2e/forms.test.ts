import { launchBrowser, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectConsoleErrors,
  disposeRegister,
  expectAccessible,
  expectSummaryLinksFocus,
  focusedIsSummary,
  PASSWORD,
  registerWith,
  signIn,
} from './support';

const EDNA = { email: 'edna@staffs.example.org', role: 'editor' as const, name: 'Edna Editor' };
const TITLE = /Police effectiveness, efficiency and legitimacy 2018\/19/;

describe('forms that follow the GOV.UK Design System', () => {
  let register: Register;
  let browser: Browser;
  beforeAll(async () => {
    register = await registerWith([EDNA], { importSeed: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await disposeRegister(register);
  });

  it('sign-in: an empty or malformed submit is summarised at the top, focused, each link to its field, in words', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`${register.url}/admin/sign-in`);
    // Keyboard only: tab to the button and press it with nothing typed.
    await page.getByRole('button', { name: 'Sign in' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    const summary = page.locator('.error-summary');
    expect(await summary.innerText()).not.toMatch(/email:|Too small|Invalid/);
    await expectAccessible(page, 'sign-in with errors');
    await expectSummaryLinksFocus(page, {
      'Enter your email address': 'email',
      'Enter your password': 'password',
    });
    // Beside the field too.
    await page.locator('#email-error').getByText('Enter your email address').waitFor();

    await page.getByLabel('Email address').fill('edna at staffs');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await expectSummaryLinksFocus(page, {
      'Enter an email address in the correct format, like name@example.org': 'email',
    });

    // A refusal by the server is summarised the same way, in its words.
    await page.getByLabel('Email address').fill(EDNA.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.keyboard.press('Enter');
    // The server's answer first (a refused password is slow on purpose, longer on a busy machine).
    await summary.getByText(/^That email and password do not match an active account/).waitFor();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    expect(await summary.innerText()).toContain('You could not be signed in');
    expect(errors).toEqual([]);
  });

  it('report details: the date is day, month and year (2 / 10 / 2020 is 2 October 2020), errors are summarised, a save is confirmed', async () => {
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, register.url, EDNA.email);
    await page.getByRole('link', { name: 'Records' }).click();
    await page.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    await page.getByRole('link', { name: TITLE }).click();
    const details = page.getByRole('region', { name: 'Report details' });
    const date = details.getByRole('group', { name: 'Publication date' });

    // A day that does not exist and a link that is not one.
    await date.getByLabel('Day').fill('31');
    await date.getByLabel('Month').fill('2');
    await date.getByLabel('Year').fill('2020');
    await details.getByLabel('Link to the report').fill('hmicfrs report page');
    await details.getByRole('button', { name: 'Save report details' }).click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectAccessible(page, 'report details with errors');
    await expectSummaryLinksFocus(page, {
      'Publication date must be a real date': 'report-published-on-day',
      'Enter the link to the report as a web address starting with https://': 'report-link',
    });
    await date.getByText('Publication date must be a real date').waitFor();

    // Typed the British way; saved, confirmed, and focus on the confirmation.
    await date.getByLabel('Day').fill('2');
    await date.getByLabel('Month').fill('10');
    await details.getByLabel('Link to the report').fill('');
    await details.getByRole('button', { name: 'Save report details' }).click();
    await details
      .getByText(/^The response must be published by 26 November 2020: 56 days beginning/)
      .waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('success-banner');
    await details.getByText('The report details were saved.').waitFor();
    expect(await page.locator('.error-summary').count()).toBe(0);
    await expectAccessible(page, 'report details saved');
    expect(errors).toEqual([]);
  });

  it('statutory dates: a disabled save says why beside it; a day that does not exist is summarised and linked', async () => {
    // A browser of its own: not signed in by the test before.
    const own = await launchBrowser();
    const page = await own.context.newPage();
    const errors = collectConsoleErrors(page);
    await signIn(page, register.url, EDNA.email);
    await page.getByRole('link', { name: 'Records' }).click();
    await page.getByRole('heading', { level: 1, name: 'Response records' }).waitFor();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByText('Statutory dates').click();
    const save = page.getByRole('button', { name: 'Save dates' });
    expect(await save.isDisabled()).toBe(true);
    await page.locator('#save-dates-why').getByText('Change a date to save.').waitFor();

    const requested = page.getByRole('group', { name: "Chief officer's comments requested on" });
    await requested.getByLabel('Day').fill('30');
    await requested.getByLabel('Month').fill('2');
    await requested.getByLabel('Year').fill('2020');
    await save.click();
    await expect.poll(() => focusedIsSummary(page)).toBe(true);
    await expectSummaryLinksFocus(page, {
      "Chief officer's comments requested on must be a real date": 'date-commentsRequestedOn-day',
    });
    await expectAccessible(page, 'statutory dates with an error');

    await requested.getByLabel('Day').fill('3');
    await save.click();
    await page.getByText('The statutory dates were saved.').waitFor();
    expect(await requested.getByLabel('Month').inputValue()).toBe('2');
    expect(errors).toEqual([]);
    await own.close();
  });
});
