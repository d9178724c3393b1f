import { launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DATE_UNKNOWN, staffSession } from './support.js';

const DRAFT = `ZQDRAFT${Date.now().toString(36)}`;
const WITHDRAWN = `ZQWITHDRAWN${Date.now().toString(36)}`;

interface StaffRecord {
  /** The response's own slug: its address under its force. */
  slug: string;
  id: string;
  rowVersion: number;
  status: string;
  report: { slug: string; title: string };
  organisation: { id: string; slug: string };
  findings: { id: string; rowVersion: number; ref: string }[];
}

let register: Register;
let browser: Browser;
beforeAll(async () => {
  register = await startRegister({ demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await register?.dispose();
});

/** Every address the portal links to, followed from the home page, the sitemap, searches, feeds and downloads. */
async function everythingThePortalServes(extra: string[]): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [
    '/',
    '/sitemap.xml',
    '/feed.xml',
    '/forces/staffordshire/feed.xml',
    '/forces/west-midlands/feed.xml',
    '/data/findings.csv',
    '/data/findings.json',
    '/data/responses.csv',
    '/data/responses.json',
    `/search?q=${DRAFT}`,
    `/search?q=${WITHDRAWN}`,
    `/data/findings.csv?q=${WITHDRAWN}`,
    ...extra,
  ];
  while (queue.length > 0 && seen.size < 400) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const res = await fetch(`${register.url}${path}`);
    const body = await res.text();
    seen.set(path, body);
    for (const m of body.matchAll(/(?:href="|<loc>)((?:https?:\/\/[^/"<]+)?\/[^"<#]*)/g)) {
      const url = new URL(m[1]!.replace(/&amp;/g, '&'), register.url);
      if (
        url.origin !== register.url ||
        url.pathname.startsWith('/assets/') ||
        url.pathname.startsWith('/admin')
      )
        continue;
      const next = url.pathname + url.search;
      if (!seen.has(next)) queue.push(next);
    }
  }
  return seen;
}

it('never shows a draft or withdrawn text anywhere on the portal, and shows the withdrawal notice', async () => {
  const editor = await staffSession(register, 'editor', 'staffordshire');
  const approver = await staffSession(register, 'approver', 'staffordshire');
  const records = await editor.query<StaffRecord[]>('records.list', {});
  const withdrawn = records.find(
    (r) => r.organisation.slug === 'staffordshire' && r.status === 'published',
  )!;
  // Another force's published response gets a new draft version.
  const wmEditor = await staffSession(register, 'editor', 'west-midlands');
  const drafted = (await wmEditor.query<StaffRecord[]>('records.list', {})).find(
    (r) => r.status === 'published',
  )!;
  expect(withdrawn && drafted).toBeTruthy();

  // A new draft version of a published response, with the marker in its summary, a finding and an internal update.
  let r = await wmEditor.mutate<StaffRecord>('workflow.transition', {
    recordId: drafted.id,
    rowVersion: drafted.rowVersion,
    to: 'draft',
  });
  r = await wmEditor.mutate<StaffRecord>('records.updateDraft', {
    recordId: r.id,
    rowVersion: r.rowVersion,
    patch: { summary: `<p>${DRAFT} summary</p>` },
  });
  const f = r.findings[0]!;
  await wmEditor.mutate('findings.updateContent', {
    findingId: f.id,
    rowVersion: f.rowVersion,
    patch: { text: `<p>${DRAFT} finding wording</p>` },
  });
  await wmEditor.mutate('findings.addUpdate', {
    findingId: f.id,
    update: {
      date: '2026-11-01',
      author: 'force',
      visibility: 'internal',
      text: `<p>${DRAFT} internal update</p>`,
    },
  });

  // Publish a version carrying the other marker, then withdraw it.
  let w = await editor.mutate<StaffRecord>('workflow.transition', {
    recordId: withdrawn.id,
    rowVersion: withdrawn.rowVersion,
    to: 'draft',
  });
  w = await editor.mutate<StaffRecord>('records.updateDraft', {
    recordId: w.id,
    rowVersion: w.rowVersion,
    patch: { summary: `<p>${WITHDRAWN} summary</p>` },
  });
  w = await editor.mutate<StaffRecord>('workflow.transition', {
    recordId: w.id,
    rowVersion: w.rowVersion,
    to: 'in_review',
  });
  w = await approver.mutate<StaffRecord>('workflow.transition', {
    recordId: w.id,
    rowVersion: w.rowVersion,
    to: 'approved',
    // The reason the report's date is unknown is internal: it carries the draft marker too.
    dateUnknownReason: `${DRAFT} ${DATE_UNKNOWN}`,
  });
  w = await approver.mutate<StaffRecord>('workflow.transition', {
    recordId: w.id,
    rowVersion: w.rowVersion,
    to: 'published',
  });
  // While published, the marker is on the portal: the check below would catch it if withdrawal hid nothing.
  const withdrawnPath = `/forces/staffordshire/responses/${w.slug}`;
  expect(await (await fetch(`${register.url}${withdrawnPath}`)).text()).toContain(WITHDRAWN);
  await approver.mutate('workflow.transition', {
    recordId: w.id,
    rowVersion: w.rowVersion,
    to: 'withdrawn',
    reason: 'Published in error by the e2e test',
  });

  // Cumbria's unpublished response to the national report, marked as needing none with the draft
  // marker as its reason: the register of reports says "not required", never the office's words.
  const cumbria = await staffSession(register, 'editor', 'cumbria');
  const national = (await cumbria.query<StaffRecord[]>('records.list', {})).find((r) =>
    r.report.title.startsWith('An inspection of how well the police respond to missing children'),
  )!;
  await cumbria.mutate('records.setDates', {
    recordId: national.id,
    rowVersion: national.rowVersion,
    dates: { notRequiredReason: `${DRAFT} no response asked for` },
  });
  const nationalPath = `/reports/${national.report.slug}`;

  const served = await everythingThePortalServes([
    withdrawnPath,
    `${withdrawnPath}?version=1`,
    `${withdrawnPath}?version=2`,
    `${withdrawnPath}?version=3`,
  ]);
  expect(served.size).toBeGreaterThan(30);
  for (const [path, body] of served) {
    // A search for a marker echoes it in the form, its title and its download links: check what it found.
    const echoes = path.includes(DRAFT) || path.includes(WITHDRAWN);
    const shown =
      echoes && path.startsWith('/search')
        ? body.slice(body.indexOf('<div id="results"')).replace(/href="[^"]*"/g, '')
        : body;
    if (echoes && path.startsWith('/search')) expect(shown, path).toMatch(/<h2>0 findings<\/h2>/);
    if (echoes && path.startsWith('/data/')) {
      expect(body.trim().split('\r\n'), path).toHaveLength(1);
      continue;
    }
    expect(shown, path).not.toContain(DRAFT);
    expect(shown, path).not.toContain(WITHDRAWN);
  }
  // The crawl reached the register of reports, where Cumbria is now "not required".
  expect(served.get(nationalPath)).toMatch(
    /Cumbria Constabulary<\/a><\/th><td[^>]*><strong class="tag tag--none">Not required/,
  );
  // The drafted response still shows its published version.
  const draftedSlug = (await wmEditor.query<StaffRecord>('records.get', { recordId: drafted.id }))
    .slug;
  expect(served.get(`/forces/west-midlands/responses/${draftedSlug}`)).toContain('Version history');

  const page = await browser.context.newPage();
  await page.goto(`${register.url}${withdrawnPath}`);
  expect(
    await page.locator('h2', { hasText: 'This response has been withdrawn' }).isVisible(),
  ).toBe(true);
  expect(await page.locator('main').textContent()).toContain('Published in error by the e2e test');
  await page.close();
});
