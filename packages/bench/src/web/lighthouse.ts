import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';

export interface Result {
  path: string;
  /** Where the page ended up (a signed-out admin page moves to its sign-in page). */
  finalPath: string;
  /** Lighthouse category scores, 0–100 (mobile preset: simulated slow 4G and a mid-range phone). */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Every script the first load fetched, gzipped here (the server may send brotli). */
  firstLoadJsKbGzip: number;
  scripts: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
}

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with a DevTools port Lighthouse can drive. */
async function launchChromium(): Promise<{ port: number; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'irr-lighthouse-'));
  const proc = spawn(
    CHROME,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('Chromium did not open its DevTools port within 30 s')),
      30_000,
    );
    createInterface({ input: proc.stderr }).on('line', (line) => {
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.once('exit', (code) => reject(new Error(`Chromium exited with ${code}`)));
  });
  return {
    port,
    async close() {
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function gzippedKb(
  urls: readonly string[],
  headers: Record<string, string>,
): Promise<number> {
  let bytes = 0;
  for (const url of urls)
    bytes += gzipSync(Buffer.from(await (await fetch(url, { headers })).arrayBuffer()), {
      level: 9,
    }).length;
  return Math.round((bytes / 1024) * 10) / 10;
}

interface NetworkItem {
  url: string;
  resourceType?: string;
}

/** One Lighthouse run in a fresh Chromium; a trace that failed to record (NO_NAVSTART happens) is retried. */
async function audit(
  url: string,
  headers: Record<string, string>,
): Promise<NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']> {
  for (let attempt = 1; ; attempt++) {
    const chrome = await launchChromium();
    try {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        extraHeaders: headers,
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (!run.lhr.runtimeError) return run.lhr;
      if (attempt >= 3)
        throw new Error(`Lighthouse failed on ${url}: ${run.lhr.runtimeError.message}`);
    } finally {
      await chrome.close();
    }
  }
}

/** Lighthouse's default (mobile) configuration on each path, one after another; `headers` on every request (a session cookie). */
export async function runLighthouse(
  baseUrl: string,
  paths: string[],
  headers: Record<string, string> = {},
): Promise<Result[]> {
  const results: Result[] = [];
  for (const path of paths) {
    const lhr = await audit(`${baseUrl}${path}`, headers);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? 0) * 1000) / 1000;
    const details = lhr.audits['network-requests']?.details as
      { items?: NetworkItem[] } | undefined;
    const scripts = (details?.items ?? [])
      .filter((i) => i.resourceType === 'Script')
      .map((i) => i.url);
    results.push({
      path,
      finalPath: new URL(lhr.finalDisplayedUrl).pathname,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      firstLoadJsKbGzip: await gzippedKb(scripts, headers),
      scripts: scripts.length,
      largestContentfulPaintMs: Math.round(numeric('largest-contentful-paint')),
      totalBlockingTimeMs: Math.round(numeric('total-blocking-time')),
      cumulativeLayoutShift: numeric('cumulative-layout-shift'),
    });
  }
  return results;
}
