import { startRegister } from '@irr/e2e';
import { runLighthouse, type Result } from './lighthouse.js';

/**
 * Lighthouse (mobile preset) on the portal's home, force, response and search pages of the demo
 * data, served by the real `irr serve`. Prints the scores and first-load JavaScript; asserts nothing.
 * Targets (issue 5): performance >= 95, accessibility 100, first-load JS <= 100 KB gzipped.
 * Run: pnpm --filter @irr/bench exec tsx src/web/main.ts   (build the portal first: pnpm --filter @irr/public build)
 */
const register = await startRegister({ demo: true });
try {
  const sitemap = await (await fetch(`${register.url}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const force = paths.find((p) => /^\/forces\/[^/]+$/.test(p));
  const response = paths.find((p) => /^\/forces\/[^/]+\/responses\/[^/]+$/.test(p));
  if (!force || !response) throw new Error('the demo register lists no force or response in its sitemap');
  const pages = ['/', force, response, '/search?q=vetting'];
  const results = await runLighthouse(register.url, pages);
  print(results);
} finally {
  await register.dispose();
}

function print(results: Result[]): void {
  const rows = results.map((r) => ({
    page: r.path.length > 60 ? `${r.path.slice(0, 57)}...` : r.path,
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
  console.log(`lowest performance ${worst} (target >= 95), lowest accessibility ${a11y} (target 100), most first-load JS ${js} KB gzipped (target <= 100)`);
}
