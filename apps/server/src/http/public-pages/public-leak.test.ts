import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHOSEN_PUBLIC, INTERNAL, createWorld, plantInternalText } from '@irr/api/testing';
import { describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger.js';
import { loadConfig } from '../../config.js';
import { startServer } from '../server.js';

/** Links to follow: the portal's own pages, not its assets. */
const LINK = /href="(\/[^"#]*)"/g;

/**
 * The portal's pages, feeds, sitemap and downloads, over real HTTP, after internal text was planted in
 * every place text enters (see `plantInternalText`): every page reachable from the home page and the
 * sitemap, every search and download with each marker as its query, and none carries a marker.
 */
describe('the public pages, feeds and downloads never carry internal text', () => {
  it('on any page reachable from the portal, or any search or download', async () => {
    const w = await createWorld();
    await plantInternalText(w);
    const scratch = mkdtempSync(join(tmpdir(), 'irr-leak-'));
    const loaded = loadConfig({ IRR_PORT: '0' });
    if (!loaded.ok) throw new Error(loaded.message);
    const server = await startServer({
      config: loaded.config,
      database: w.database,
      ownsDatabase: true,
      logger: createJsonLogger({ level: 'silent' }),
      now: () => new Date('2026-11-28T10:00:00Z'),
      apps: [{ name: 'the public portal', prefix: '/', root: scratch, buildCommand: 'none' }],
    });
    try {
      const bodies = new Map<string, string>();
      const markers = Object.values(INTERNAL);
      const queue = ['/', '/sitemap.xml', '/feed.xml', '/forces/staffordshire/feed.xml'];
      // Asked in the other case, so a page that repeats the query is not taken for a leak (search is
      // case-blind; the markers are looked for in the case they were planted in).
      for (const q of [...markers.map(swapCase), 'force', 'review']) {
        const query = `q=${encodeURIComponent(q)}`;
        queue.push(
          `/search?${query}`,
          `/data/findings.csv?${query}`,
          `/data/findings.json?${query}`,
        );
      }
      queue.push('/data/findings.csv', '/data/responses.csv', '/data/responses.json');
      while (queue.length > 0 && bodies.size < 400) {
        const path = queue.shift()!;
        if (bodies.has(path)) continue;
        const body = await (await fetch(`${server.url}${path}`)).text();
        bodies.set(path, body);
        const origin = server.url.replace(/\/$/, '');
        const absolute = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
        for (const href of [...[...body.matchAll(LINK)].map((m) => m[1]!), ...absolute]) {
          const local = href.startsWith(origin) ? href.slice(origin.length) : href;
          if (local.startsWith('/') && !local.startsWith('/assets/') && !local.startsWith('/admin'))
            queue.push(local.replaceAll('&amp;', '&'));
        }
      }
      const leaks = [...bodies].flatMap(([path, body]) =>
        markers.filter((m) => body.includes(m)).map((m) => `${path}: ${m}`),
      );
      expect(leaks).toEqual([]);
      // The crawl reached the finding pages, where text chosen public is shown.
      const findingPages = [...bodies.keys()].filter((p) => p.includes('/findings/'));
      expect(findingPages.length).toBeGreaterThan(5);
      const everything = [...bodies.values()].join('\n');
      expect(everything).toContain(CHOSEN_PUBLIC.update);
      expect(everything).toContain(CHOSEN_PUBLIC.statusReason);
      expect(everything).toContain(CHOSEN_PUBLIC.targetDateReason);
      // The crawl reached the register of reports, which says West Midlands needs no response
      // (its office's reason is one of the markers above).
      const reportPages = [...bodies.keys()].filter((p) => /^\/reports\/[a-z0-9-]+$/.test(p));
      expect(reportPages.length).toBeGreaterThan(0);
      expect(reportPages.map((p) => bodies.get(p)!).join('\n')).toMatch(
        /West Midlands Police<\/a><\/th><td[^>]*><strong class="tag tag--none">Not required/,
      );
      // The crawl reached every kind of feed, and the alert pages that name what is followed; the feeds carry
      // each change chosen public.
      const feeds = [...bodies.keys()].filter((p) => p.endsWith('/feed.xml'));
      expect(feeds.some((p) => p.startsWith('/reports/'))).toBe(true);
      expect(feeds.some((p) => p.includes('/findings/'))).toBe(true);
      const feedText = feeds.map((p) => bodies.get(p)!).join('\n');
      for (const chosen of [
        CHOSEN_PUBLIC.update,
        CHOSEN_PUBLIC.statusReason,
        CHOSEN_PUBLIC.targetDateReason,
      ])
        expect(feedText).toContain(chosen);
      expect([...bodies.keys()].filter((p) => p.startsWith('/alerts?')).length).toBeGreaterThan(5);
      // A correction of the report's details after publication is listed on the response page.
      expect(everything).toContain(CHOSEN_PUBLIC.reportFramework);
    } finally {
      await server.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

function swapCase(s: string): string {
  return s === s.toUpperCase() ? s.toLowerCase() : s.toUpperCase();
}
