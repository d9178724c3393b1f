import { launchBrowser, startRegister, type Browser, type Register } from '@irr/e2e';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { XSS_CORPUS } from '../../../packages/bench/src/xss-corpus.js';
import { DATE_UNKNOWN, staffSession } from './support.js';

/**
 * The XSS corpus published through the API in every rich-text field a portal page shows, then
 * each page loaded in Chromium with a watch on script: the payloads call window.__xss, alert,
 * confirm or prompt, any of which would be recorded, and a CSP violation would mean hostile
 * markup reached the page even if the policy stopped it.
 */

interface StaffRecord {
  /** The response's own slug: its address under its force. */
  slug: string;
  id: string;
  rowVersion: number;
  status: string;
  report: { slug: string };
  organisation: { slug: string };
  record: { findings: { ref: string; kind: string }[] };
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

const WATCH = `
  window.__xssRan = [];
  window.__xss = (n) => window.__xssRan.push('__xss ' + n);
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (m) => { window.__xssRan.push(name + ' ' + m); };
  document.addEventListener('securitypolicyviolation', (e) => window.__xssRan.push('csp ' + e.violatedDirective + ' ' + e.blockedURI));
`;

it('publishes every payload and no portal page runs any of them', async () => {
  const editor = await staffSession(register, 'editor', 'staffordshire');
  const approver = await staffSession(register, 'approver', 'staffordshire');
  const published = (await editor.query<StaffRecord[]>('records.list', {})).find(
    (r) => r.organisation.slug === 'staffordshire' && r.status === 'published',
  )!;
  expect(published).toBeTruthy();
  let r = await approver.mutate<StaffRecord>('workflow.transition', {
    recordId: published.id,
    rowVersion: published.rowVersion,
    to: 'draft',
  });
  r = await editor.query<StaffRecord>('records.get', { recordId: r.id });
  const chunk = (i: number, n: number) =>
    XSS_CORPUS.slice(i, i + n)
      .map((p, k) => `<p>Item ${i + k}</p>${p}`)
      .join('');
  r = await editor.mutate<StaffRecord>('records.updateDraft', {
    recordId: r.id,
    rowVersion: r.rowVersion,
    patch: {
      summary: chunk(0, 10),
      commissionerComments: chunk(10, 10),
      chiefOfficerComments: chunk(20, 10),
    },
  });
  for (const [i, f] of r.findings.entries()) {
    const current = r.findings.find((x) => x.id === f.id)!;
    const kind = r.record.findings.find((x) => x.ref === f.ref)!.kind;
    r = await editor.mutate<StaffRecord>('findings.updateContent', {
      findingId: f.id,
      rowVersion: current.rowVersion,
      patch: {
        text: `<p>Finding ${f.ref}</p>${XSS_CORPUS[30 + i]!}`,
        ...(kind === 'recommendation' && {
          acceptance: {
            position: 'accepted',
            explanation: `<p>Explained ${f.ref}</p>${XSS_CORPUS[40 + i]!}`,
          },
        }),
      },
    });
  }
  // Every payload also as a public progress update, spread over the findings (each finding page shows all of its own).
  for (const [i, payload] of XSS_CORPUS.entries()) {
    const f = r.findings[i % r.findings.length]!;
    r = await editor.mutate<StaffRecord>('findings.addUpdate', {
      findingId: f.id,
      update: {
        date: '2026-11-20',
        author: 'force',
        visibility: 'public',
        text: `<p>Update ${i}</p>${payload}`,
      },
    });
  }
  r = await editor.mutate<StaffRecord>('workflow.transition', {
    recordId: r.id,
    rowVersion: r.rowVersion,
    to: 'in_review',
  });
  r = await approver.mutate<StaffRecord>('workflow.transition', {
    recordId: r.id,
    rowVersion: r.rowVersion,
    to: 'approved',
    dateUnknownReason: DATE_UNKNOWN,
  });
  r = await approver.mutate<StaffRecord>('workflow.transition', {
    recordId: r.id,
    rowVersion: r.rowVersion,
    to: 'published',
  });
  expect(r.status).toBe('published');

  const response = `/forces/staffordshire/responses/${r.slug}`;
  const paths = [
    '/',
    '/forces/staffordshire',
    response,
    ...r.findings.map((f) => `${response}/findings/${encodeURIComponent(f.ref)}`),
    '/search?q=Update',
    '/search?q=Item',
    '/feed.xml',
  ];
  const page = await browser.context.newPage();
  await page.addInitScript(WATCH);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  let shown = 0;
  for (const path of paths) {
    const res = await page.goto(`${register.url}${path}`, { waitUntil: 'load' });
    expect(res?.status(), path).toBe(200);
    // Give late handlers (onload, ontoggle, animations, autofocus) a moment, and hover every link and cell.
    for (const el of await page
      .locator('main a, main td, main p')
      .all()
      .then((all) => all.slice(0, 60)))
      await el.hover({ timeout: 1000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    const ran = await page.evaluate(
      () => (window as unknown as { __xssRan?: string[] }).__xssRan ?? ['watch missing'],
    );
    expect(ran, path).toEqual([]);
    const text = await page.locator('body').innerText();
    shown += (text.match(/Update \d+/g) ?? []).length;
  }
  expect(dialogs).toEqual([]);
  // Control: the watch does record a call when one happens.
  expect(
    await page.evaluate(() => {
      const w = window as unknown as { __xss(n: string): void; __xssRan: string[] };
      w.__xss('control');
      return w.__xssRan;
    }),
  ).toEqual(['__xss control']);
  // The payloads were really on the pages: every update's label shows on some finding page.
  expect(shown).toBeGreaterThanOrEqual(XSS_CORPUS.length);
  await page.close();
}, 110_000);
