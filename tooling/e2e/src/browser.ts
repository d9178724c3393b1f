import { existsSync } from 'node:fs';
import { chromium, type Browser as Chromium, type BrowserContext } from 'playwright-core';

/**
 * Debian's headless Chromium: `chromium-headless-shell` where it is installed (the same Blink as the
 * `chromium` package without the desktop browser's UI layers, which is what Playwright itself runs for
 * headless tests; a third less CPU in the admin suite), else `chromium`. CHROME_PATH overrides both.
 */
const CHROMIUM =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ??
  '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

// One Chromium per test worker, started when first asked for; Playwright ends it when the worker exits.
let shared: Promise<Chromium> | null = null;

function chromiumOfThisWorker(): Promise<Chromium> {
  shared ??= chromium
    .launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .then((browser) => {
      // A browser that crashed is started again for the next person rather than failing every later file.
      browser.on('disconnected', () => {
        shared = null;
      });
      return browser;
    });
  return shared;
}

/**
 * A separate person's browser: a fresh context (its own cookies, storage and cache) in this worker's
 * Chromium. A context is a quarter of a second where a browser of its own took more than half.
 */
export async function launchBrowser(
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Browser> {
  const context = await (
    await chromiumOfThisWorker()
  ).newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  return { context, close: () => context.close() };
}
