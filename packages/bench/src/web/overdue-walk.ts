import { launchBrowser, type DemoUser } from '@irr/e2e';
import { percentile, round } from '../lib/stats.js';

export interface WalkTimes {
  /** Sign-in pressed → the dashboard's "Findings overdue" list on screen. */
  signInToDashboardMs: number;
  /** The dashboard's "Every overdue finding and its owner" clicked → the list's first owner on screen. */
  dashboardToOverdueMs: number;
  rows: number;
}

/**
 * Issue 16's question, timed in a real browser: from the dashboard to "what is overdue for my force and
 * who owns it". Each run is a fresh browser (nothing cached), signing in as `person`; one click.
 */
export async function timeOverdueWalk(
  base: string,
  person: DemoUser,
  runs: number,
): Promise<WalkTimes[]> {
  const times: WalkTimes[] = [];
  for (let i = 0; i < runs; i++) {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${base}/admin/sign-in`);
      await page.getByLabel('Email').fill(person.email);
      await page.getByLabel('Password').fill(person.password);
      const signedIn = performance.now();
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: /^Findings overdue/ }).waitFor();
      const dashboard = performance.now();
      await page.getByRole('link', { name: 'Every overdue finding and its owner' }).click();
      const table = page.getByRole('table');
      await table.getByRole('row').nth(1).waitFor();
      const listed = performance.now();
      times.push({
        signInToDashboardMs: dashboard - signedIn,
        dashboardToOverdueMs: listed - dashboard,
        rows: (await table.getByRole('row').count()) - 1,
      });
    } finally {
      await browser.close();
    }
  }
  return times;
}

export function printWalk(times: readonly WalkTimes[], who: string): void {
  const summary = (pick: (t: WalkTimes) => number) => {
    const values = times.map(pick);
    return `median ${round(percentile(values, 50), 0)} ms, worst ${round(Math.max(...values), 0)} ms`;
  };
  console.log(
    `\nFrom the dashboard to what is overdue and who owns it (${who}, ${times.length} fresh browsers)`,
  );
  console.log(
    `  sign-in → dashboard with "Findings overdue": ${summary((t) => t.signInToDashboardMs)}`,
  );
  console.log(
    `  one click → the organisation's overdue findings with owners (${times[0]?.rows ?? 0} on the first page): ${summary((t) => t.dashboardToOverdueMs)}`,
  );
}
