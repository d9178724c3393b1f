import { startRegister, type DemoUser } from '@irr/e2e';
import { runLighthouse, type Result } from './lighthouse.js';
import { printWalk, timeOverdueWalk } from './overdue-walk.js';

/**
 * Lighthouse (mobile preset) on the portal's home, force, report, response and search pages of the demo
 * data, served by the real `irr serve`, then on the admin app: its sign-in page, and signed in as a
 * demo editor (session cookie sent with every request) its dashboard and records list. Prints the
 * scores and first-load JavaScript; then times the walk from the dashboard to the organisation's overdue
 * findings and their owners in fresh browsers (`--walk-only` skips Lighthouse). Asserts nothing.
 * Portal targets (issue 5): performance >= 95, accessibility 100, first-load JS <= 100 KB gzipped.
 * Run: pnpm --filter @irr/bench exec tsx src/web/main.ts   (build the portal first: pnpm --filter @irr/public build)
 */
const walkOnly = process.argv.includes('--walk-only');
const register = await startRegister({ demo: true });
try {
  const editor = register.demoUsers.find((u) => u.role === 'editor');
  if (!editor) throw new Error('the demo register has no editor');
  if (!walkOnly) await lighthouseBoth(register.url, editor);
  printWalk(await timeOverdueWalk(register.url, editor, 5), `demo editor ${editor.email}`);
} finally {
  await register.dispose();
}

async function lighthouseBoth(url: string, editor: DemoUser): Promise<void> {
  const sitemap = await (await fetch(`${url}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const force = paths.find((p) => /^\/forces\/[^/]+$/.test(p));
  const response = paths.find((p) => /^\/forces\/[^/]+\/responses\/[^/]+$/.test(p));
  // The demo's national report: every force's response, on the register of reports.
  const report = paths.find((p) => /^\/reports\/an-inspection-of-how-well/.test(p));
  if (!force || !response || !report)
    throw new Error('the demo register lists no force, response or national report in its sitemap');
  const pages = ['/', force, '/reports', report, response, '/search?q=vetting'];
  const results = await runLighthouse(url, pages);
  console.log('The portal');
  print(results, true);
  const cookie = await signIn(url, editor.email, editor.password);
  const admin = [
    ...(await runLighthouse(url, ['/admin/sign-in'])),
    ...(await runLighthouse(url, ['/admin/', '/admin/records'], { cookie })),
  ];
  console.log(`\nThe admin app (signed in as ${editor.email} for /admin/ and /admin/records)`);
  print(admin, false);
}

function print(results: Result[], portal: boolean): void {
  const rows = results.map((r) => ({
    page: r.path.length > 60 ? `${r.path.slice(0, 57)}...` : r.path,
    ...(!portal && { 'ended at': r.finalPath }),
    perf: r.performance,
    a11y: r.accessibility,
    'best pr.': r.bestPractices,
    seo: r.seo,
    'JS KB gz': r.firstLoadJsKbGzip,
    scripts: r.scripts,
    'LCP ms': r.largestContentfulPaintMs,
    'TBT ms': r.totalBlockingTimeMs,
    CLS: r.cumulativeLayoutShift,
  }));
  console.log('Lighthouse 12.8.2, mobile preset (default config), Debian Chromium');
  console.table(rows);
  const worst = Math.min(...results.map((r) => r.performance));
  const js = Math.max(...results.map((r) => r.firstLoadJsKbGzip));
  const a11y = Math.min(...results.map((r) => r.accessibility));
  // The targets are the portal's; the admin app is for staff, and robots.txt keeps search engines out (its SEO score).
  const targets = portal ? [' (target >= 95)', ' (target 100)', ' (target <= 100)'] : ['', '', ''];
  console.log(
    `lowest performance ${worst}${targets[0]}, lowest accessibility ${a11y}${targets[1]}, most first-load JS ${js} KB gzipped${targets[2]}`,
  );
}

/** A staff session cookie, got as the admin app gets it. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-irr-csrf': '1', origin: base },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('irr_session='));
  if (res.status !== 200 || !cookie) throw new Error(`sign-in as ${email} answered ${res.status}`);
  return cookie.split(';')[0]!;
}
