import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { axeViolations, startRegister, type Register, type SetupStep } from '@irr/e2e';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const SEED_FILE = new URL(
  '../../../packages/domain/src/codec/fixtures/staffordshire-peel-2018-19-response-record.txt',
  import.meta.url,
).pathname;
export const PASSWORD = 'e2e correct horse battery staple';

export interface Person {
  email: string;
  role: 'viewer' | 'editor' | 'approver' | 'admin';
  name: string;
}

/**
 * A register on a fresh embedded database with these people in Staffordshire, and optionally the
 * seed imported by the CLI as the first of them, then served.
 */
export async function registerWith(
  people: Person[],
  options: { importSeed?: boolean } = {},
): Promise<Register> {
  const setup: SetupStep[] = people.map((p) => ({
    args: [
      'create-user',
      '--email',
      p.email,
      '--role',
      p.role,
      '--org',
      'staffordshire',
      '--name',
      p.name,
    ],
    env: { IRR_PASSWORD: PASSWORD },
  }));
  // The first person is the import's author (an import names one: four eyes).
  if (options.importSeed) setup.push({ args: ['import', SEED_FILE, '--as', people[0]!.email] });
  return startRegister({ setup });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `register.stop()` signals bin/irr.js, which runs the server in a child through spawnSync and dies
 * without passing the signal on: the server itself keeps running and holds the folder. So stop the
 * process named in the folder's lock file too, and wait for it to let go.
 */
async function stopServer(register: Register): Promise<void> {
  const lock = join(register.dataDir, 'db', 'irr.lock');
  const pid = existsSync(lock) ? Number(readFileSync(lock, 'utf8')) : NaN;
  await register.stop();
  if (!Number.isInteger(pid) || pid <= 0) return;
  if (alive(pid)) process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
}

export async function disposeRegister(register: Register | undefined): Promise<void> {
  if (!register) return;
  await stopServer(register);
  await register.dispose();
}

export async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/admin/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/** Why a test approves the undated seed: approval needs the report's date or this reason. */
export const DATE_UNKNOWN = 'The imported record gives no publication date';

/**
 * Approve the record on the page while its report has no publication date: Approve opens "check
 * your answers", which asks why the date is not known, and the reason goes with the approval.
 */
export async function approveUndated(page: Page, reason = DATE_UNKNOWN): Promise<void> {
  await page.getByRole('link', { name: 'Approve', exact: true }).click();
  await page.getByLabel("Why the report's publication date is not known").fill(reason);
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await page.getByText('Approved', { exact: true }).waitFor();
}

/** The publication moves that go through "check your answers", by the label of their button. */
export type CheckedMove = 'Submit for review' | 'Approve' | 'Publish' | 'Withdraw the submission';

/**
 * Make a move from the record page through its "check your answers" step: open it, confirm, and
 * come back to the record page (publishing ends on its confirmation page, left by "Back to the
 * record"). Nothing must stop the move: a check that lists a refusal has no button to confirm.
 */
export async function moveRecord(page: Page, move: CheckedMove): Promise<void> {
  const panel = page.getByRole('region', { name: 'Publication', exact: true });
  // A dialog here would be the unsaved-changes guard stopping the step (Playwright dismisses it unseen).
  const dialogs: string[] = [];
  const onDialog = (d: { message(): string }) => void dialogs.push(d.message());
  page.on('dialog', onDialog);
  await panel.getByRole('link', { name: move, exact: true }).click();
  await page
    .getByRole('heading', { level: 1, name: /^Check before you / })
    .waitFor()
    .catch((e: unknown) => {
      throw new Error(
        `"${move}" did not open its check page (at ${page.url()}; dialogs: ${JSON.stringify(dialogs)})`,
        { cause: e },
      );
    })
    .finally(() => page.off('dialog', onDialog));
  await page.getByRole('button', { name: move, exact: true }).click();
  if (move === 'Publish') {
    await page.getByRole('heading', { level: 1, name: 'Response published' }).waitFor();
    await page.getByRole('link', { name: 'Back to the record' }).click();
  }
  await panel.waitFor();
}

/**
 * Types an ISO date (`2020-02-07`) into a GOV.UK date input's day, month and year boxes, as a person
 * would; a month (`2025-05`) into a month-only input's month and year.
 */
export async function fillDate(scope: Page | Locator, legend: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const group = scope.getByRole('group', { name: legend });
  if (day !== undefined) await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year!);
}

/** Enter the report's publication date on the record page and save it. */
export async function setReportPublishedOn(page: Page, date: string): Promise<void> {
  const details = page.getByRole('region', { name: 'Report details' });
  await fillDate(details, 'Publication date', date);
  await details.getByRole('button', { name: 'Save report details' }).click();
  await details.getByText(/^The response must be published by /).waitFor();
}

/** axe on the page as it is now: nothing at all, not only serious ones. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page), screen).toEqual([]);
}

/** Errors the page itself logged (CSP refusals, React errors): a clean app logs none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    // Refused requests (a 403 the test provokes) are logged by the browser; they are not the page's errors.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Nothing on the page is wider than a 375-pixel phone screen: no sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page, screen: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (viewport) await page.setViewportSize(viewport);
  expect(overflow, screen).toBe(0);
}

/** The id of the element with focus. */
export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
/** Whether focus is on an error summary (GOV.UK: it takes focus when it appears). */
export const focusedIsSummary = (page: Page) =>
  page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false);

/** The summary's links, each checked to move focus to its field. */
export async function expectSummaryLinksFocus(page: Page, expected: Record<string, string>) {
  const summary = page.locator('.error-summary');
  for (const [message, id] of Object.entries(expected)) {
    await summary.getByRole('link', { name: message }).click();
    await expect.poll(() => focusedId(page)).toBe(id);
  }
}

/** Presses Tab until the focused element is the one described (its id, or its text), as a keyboard user would. */
export async function tabTo(
  page: Page,
  target: { id?: string; text?: string },
  max = 150,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { id: el?.id ?? '', text: (el?.innerText ?? '').trim() };
    });
    if ((target.id && here.id === target.id) || (target.text && here.text === target.text)) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}
