import type { Register } from '@irr/e2e';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Why a test approves a record whose report has no publication date (the demo's seed record): approval
 * needs the date or this reason (REPORT_DATE_UNKNOWN).
 */
export const DATE_UNKNOWN = 'The imported record gives no publication date';

/** A staff member talking to the API over HTTP with their session cookie, as the admin app does. */
export async function staffSession(register: Register, role: string, org: string) {
  const user = register.demoUsers.find((u) => u.role === role && u.email.includes(`.${org}@`));
  if (!user) throw new Error(`no demo ${role} in ${org}`);
  const res = await fetch(`${register.url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-irr-csrf': '1', origin: register.url },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async <T>(method: 'GET' | 'POST', proc: string, input?: unknown): Promise<T> => {
    const url =
      method === 'GET'
        ? `${register.url}/trpc/${proc}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`
        : `${register.url}/trpc/${proc}`;
    const r = await fetch(url, {
      method,
      headers: {
        cookie,
        'x-irr-csrf': '1',
        'content-type': 'application/json',
        origin: register.url,
      },
      body: method === 'POST' ? JSON.stringify(input ?? null) : undefined,
    });
    const body = (await r.json()) as { result?: { data: T }; error?: unknown };
    if (!r.ok || !body.result) throw new Error(`${proc} failed: ${JSON.stringify(body.error)}`);
    return body.result.data;
  };
  return {
    query: <T>(proc: string, input?: unknown) => call<T>('GET', proc, input),
    mutate: <T>(proc: string, input?: unknown) => call<T>('POST', proc, input),
  };
}

/** The page scrolls sideways when its content is wider than the viewport. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}

/** Headings never skip a level going down, start at one h1, and every bit of text sits in a landmark. */
export async function expectStructure(page: Page): Promise<void> {
  const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) =>
    hs
      .filter((h) => (h as HTMLElement).offsetParent !== null || h.closest('[hidden]') === null)
      .map((h) => Number(h.tagName[1])),
  );
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++)
    expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  const landmarks = await page.$$eval('body > *', (els) =>
    els
      .filter((e) => e.tagName !== 'SCRIPT')
      .map((e) => e.tagName.toLowerCase() + (e.className ? `.${e.className}` : '')),
  );
  expect(landmarks).toEqual([
    'a.skip-link',
    'header.site-header',
    'div.wrap',
    'footer.site-footer',
  ]);
  expect(await page.locator('header[class="site-header"] >> nav[aria-label="Site"]').count()).toBe(
    1,
  );
  expect(await page.locator('main#main').count()).toBe(1);
}
