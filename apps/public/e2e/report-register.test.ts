import { readFileSync } from 'node:fs';
import {
  addDays,
  formatLongDate,
  parseRecord,
  renderRecord,
  type ResponseRecord,
} from '@irr/domain';
import { axeViolations, launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStructure, staffSession } from './support.js';

interface StaffRecord {
  id: string;
  rowVersion: number;
  status: string;
  report: { id: string; slug: string };
  reportDetails: { rowVersion: number } | null;
}
type Staff = Awaited<ReturnType<typeof staffSession>>;

const SEED = parseRecord(
  readFileSync(
    new URL(
      '../../../packages/domain/src/codec/fixtures/staffordshire-peel-2018-19-response-record.txt',
      import.meta.url,
    ),
    'utf8',
  ),
).record!;
const FIRE = { slug: 'eastshire-fire', name: 'Eastshire Fire and Rescue Service' };

/**
 * Staffordshire imports a response to a new report of that date, names the other forces it covers,
 * and publishes it today when asked: the register of reports judges every force's response on the day.
 */
async function reportWith(
  editor: Staff,
  approver: Staff,
  report: { title: string; publishedOn: string; forces: string[]; publish: boolean },
): Promise<string> {
  const record: ResponseRecord = {
    ...SEED,
    report: {
      ...SEED.report,
      title: report.title,
      type: 'thematic',
      framework: null,
      link: null,
      publishedOn: report.publishedOn,
    },
  };
  const imported = await editor.mutate<{ items: { outcome: string; recordId: string | null }[] }>(
    'import.records',
    { text: renderRecord(record) },
  );
  expect(imported.items.map((i) => i.outcome)).toEqual(['created']);
  let r = await editor.query<StaffRecord>('records.get', { recordId: imported.items[0]!.recordId });
  await editor.mutate('reports.updateDetails', {
    reportId: r.report.id,
    rowVersion: r.reportDetails!.rowVersion,
    patch: { forces: ['staffordshire', ...report.forces] },
  });
  if (report.publish) {
    for (const [who, to] of [
      [editor, 'in_review'],
      [approver, 'approved'],
      [approver, 'published'],
    ] as const)
      r = await who.mutate<StaffRecord>('workflow.transition', {
        recordId: r.id,
        rowVersion: r.rowVersion,
        to,
      });
    expect(r.status).toBe('published');
  }
  return r.report.slug;
}

describe('the register of reports: each force’s response, judged on the day', () => {
  let register: Register;
  let browser: Browser;
  let today: string;
  const slugs: Record<'day56' | 'day57' | 'before2017', string> = {
    day56: '',
    day57: '',
    before2017: '',
  };
  beforeAll(async () => {
    register = await startRegister({
      demo: true,
      setup: [
        {
          args: [
            'create-organisation',
            ...['--slug', FIRE.slug, '--name', FIRE.name, '--kind', 'fire_service'],
          ],
        },
      ],
    });
    browser = await launchBrowser();
    const editor = await staffSession(register, 'editor', 'staffordshire');
    const approver = await staffSession(register, 'approver', 'staffordshire');
    // The server's London date, which the pages judge by.
    today = (
      (await (await fetch(`${register.url}/trpc/public.today`)).json()) as {
        result: { data: string };
      }
    ).result.data;
    // Day 1 is the report's own day, so a report of 55 days ago has today as its 56th and last day.
    slugs.day56 = await reportWith(editor, approver, {
      title: 'Register test: a report whose responses are due today',
      publishedOn: addDays(today, -55),
      forces: ['west-midlands'],
      publish: true,
    });
    slugs.day57 = await reportWith(editor, approver, {
      title: 'Register test: a report whose responses were due yesterday',
      publishedOn: addDays(today, -56),
      forces: ['west-midlands', FIRE.slug],
      publish: true,
    });
    slugs.before2017 = await reportWith(editor, approver, {
      title: 'Register test: a report of 2016, before the 56-day limit',
      publishedOn: '2016-03-10',
      forces: ['west-midlands'],
      publish: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await register?.dispose();
  });

  /** Each row of a report's table: the force's state and its details, by force slug. */
  async function statesOn(slug: string, b: Browser = browser) {
    const page = await b.context.newPage();
    await page.goto(`${register.url}/reports/${slug}`);
    // The register's rows, one a force (the comparison's tables below it have rows too).
    const rows = await page
      .locator('tbody tr[data-force]')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-force'),
          [...tr.querySelectorAll('td')].map((td) =>
            (td as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          ),
        ]),
      );
    return { page, rows: Object.fromEntries(rows) as Record<string, [string, string]> };
  }

  it('shows a response published on day 56 on time, and one not yet published as due today', async () => {
    const { page, rows } = await statesOn(slugs.day56);
    const due = formatLongDate(today);
    expect(await page.locator('main').innerText()).toContain(`As of ${due}: 1 of 2 published`);
    expect(rows).toEqual({
      staffordshire: [
        'Published on time',
        `Published ${due}, within 56 days (due by ${due}). Read the response of Staffordshire Police`,
      ],
      'west-midlands': ['Due today', `Not yet published; due by ${due}.`],
    });
    expect(await axeViolations(page)).toEqual([]);
    await expectStructure(page);
    await page.close();
  });

  it('shows a response published on day 57 one day late, one unpublished overdue by a day, and a fire service as not required', async () => {
    const { page, rows } = await statesOn(slugs.day57);
    const due = formatLongDate(addDays(today, -1));
    expect(rows).toEqual({
      [FIRE.slug]: [
        'Not required',
        'Fire and rescue services have no 56-day duty to publish a response.',
      ],
      staffordshire: [
        'Published 1 day late',
        `Published ${formatLongDate(today)}; it was due by ${due}. Read the response of Staffordshire Police`,
      ],
      'west-midlands': ['Overdue by 1 day', `Not published; it was due by ${due}.`],
    });
    expect(await page.locator('main').innerText()).toContain(
      '1 of 3 published (1 late), 1 overdue, 1 not required.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('never counts a response to a 2016 report late, published ten years on or not at all', async () => {
    const { page, rows } = await statesOn(slugs.before2017);
    const reason = 'the report was published before 2 May 2017, when the 56-day limit began';
    expect(rows).toEqual({
      staffordshire: [
        'Published',
        `Published ${formatLongDate(today)}. No fixed time limit: ${reason}. Read the response of Staffordshire Police`,
      ],
      'west-midlands': [
        'No fixed time limit',
        `Not published. ${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`,
      ],
    });
    expect(await page.locator('main').innerText()).toContain(
      'Responses due by\nNo fixed time limit (report before 2 May 2017)',
    );
    await page.close();
  });

  it('shows the demo’s national report: on time, late, overdue and not required, with JavaScript off', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const home = await noJs.context.newPage();
    await home.goto(`${register.url}/`);
    // The home page's list of reports (the report's title also heads each force's response there).
    await home
      .getByRole('link', {
        name: 'An inspection of how well the police respond to missing children',
      })
      .and(home.locator('[href^="/reports/"]'))
      .click();
    await home.waitForURL(
      /\/reports\/an-inspection-of-how-well-the-police-respond-to-missing-children$/,
    );
    const slug = new URL(home.url()).pathname.split('/').pop()!;
    await home.close();
    const { page, rows } = await statesOn(slug, noJs);
    const states = Object.fromEntries(
      Object.entries(rows).map(([force, [state]]) => [force, state]),
    );
    // Due on 12 August 2026, so overdue by however many days have passed since.
    expect(states.cumbria).toMatch(/^Overdue by \d+ days$/);
    expect({ ...states, cumbria: null }).toEqual({
      cumbria: null,
      gwent: 'Not required',
      staffordshire: 'Published on time',
      'west-midlands': 'Published 15 days late',
    });
    expect(rows.gwent![1]).toBe('The office recorded that no response is required.');
    expect(await page.locator('main').innerText()).toContain('Every force (a national report)');
    await expectStructure(page);
    // The report's recommendation as each force that published answered it, side by side; not a draft's.
    await page
      .getByRole('heading', { level: 2, name: 'How each force answered each finding' })
      .waitFor();
    const compared = page.getByRole('table', { name: 'Recommendation 1: each force’s answer' });
    const answers = await compared.locator('tbody tr').all();
    const links = await Promise.all(
      answers.map((row) => row.getByRole('link').getAttribute('href')),
    );
    const statuses = await Promise.all(
      answers.map((row) => row.locator('td').nth(1).locator('.tag').first().innerText()),
    );
    expect(statuses).toEqual(['In progress', 'Not started']);
    expect(links).toEqual([
      expect.stringMatching(/^\/forces\/staffordshire\/responses\/[^/]+\/findings\/R1$/),
      expect.stringMatching(/^\/forces\/west-midlands\/responses\/[^/]+\/findings\/R1$/),
    ]);
    await compared
      .getByRole('link', { name: /^West Midlands Police\s*: Recommendation 1$/ })
      .click();
    await page.getByRole('heading', { level: 1, name: /^Recommendation 1/ }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(
      /^\/forces\/west-midlands\/responses\/.+\/findings\//,
    );
    await page.goBack();
    // Each published response links back to the report's page.
    await page.getByRole('link', { name: 'Read the response of Staffordshire Police' }).click();
    await page.getByRole('link', { name: /^Responses to this report/ }).click();
    await page.waitForURL(new RegExp(`/reports/${slug}$`));
    // And each force's page links every response's report.
    await page.goto(`${register.url}/forces/west-midlands`);
    await page
      .getByRole('link', {
        name: 'Every force’s response to An inspection of how well the police respond to missing children',
      })
      .click();
    await page.waitForURL(new RegExp(`/reports/${slug}$`));
    await noJs.close();
    const list = await browser.context.newPage();
    await list.goto(`${register.url}/reports`);
    await list.getByRole('link', { name: /were due yesterday$/ }).waitFor();
    expect(await axeViolations(list)).toEqual([]);
    await expectStructure(list);
    await list.close();
  });
});
