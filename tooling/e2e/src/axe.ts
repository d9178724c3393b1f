import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions, default as Axe } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser build, sent to a page once per document. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.x A and AA, 2.2 included. */
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  // Only violations are read: axe need not describe every node that passed.
  resultTypes: ['violations'],
};

type Found = Pick<AxeResults['violations'][number], 'id' | 'impact' | 'help'> & {
  targets: string[];
};

/**
 * axe's WCAG 2.x A/AA (including 2.2) violations on the page as it is now, one readable line each.
 *
 * axe-core itself rather than @axe-core/playwright: the builder injects axe into the page and opens a
 * second page to gather the results on every call, 2 s a check where `axe.run` in the page takes 0.3-0.5 s.
 * The apps have no frames, the one thing the builder's extra work is for. In a single-page app axe stays
 * loaded from one screen to the next, so it is injected once per document.
 */
export async function axeViolations(
  page: Page,
  impacts: readonly string[] = ['minor', 'moderate', 'serious', 'critical'],
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (options): Promise<Found[]> => {
    const { axe } = globalThis as unknown as { axe: typeof Axe };
    const result = await axe.run(options); // the whole document
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, OPTIONS);
  return violations
    .filter((v) => impacts.includes(v.impact ?? 'minor'))
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
}
