import { mkdirSync } from 'node:fs';
import { schema } from '@irr/db';
import { testDrivers } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './server.js';
import { PASSWORD, rawRequest, startTestServer } from './test-server.js';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

// 15 s into a one-minute window: a refusal says to come back in 45 s. The clock never moves by itself.
const START = new Date('2026-04-01T09:00:15Z');
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serverWith(env: Record<string, string>, driver?: 'pglite' | 'postgres') {
  let now = START;
  const h = await startTestServer({ env, driver, now: () => now });
  servers.push(h);
  mkdirSync(h.apps.find((a) => a.prefix === '/')!.root, { recursive: true });
  return { ...h, setNow: (d: Date) => void (now = d) };
}

function signInFrom(base: string, from: string, headers: Record<string, string> = {}) {
  return rawRequest(
    `${base}/trpc/auth.signIn`,
    { 'content-type': 'application/json', 'x-irr-csrf': '1', origin: base, ...headers },
    {
      method: 'POST',
      body: JSON.stringify({ email: 'editor@example.org', password: PASSWORD }),
      from,
    },
  );
}

describe('rate limits per client address', () => {
  it('refuses the fourth sign-in from one address in a window with 429 and Retry-After; another address is unaffected', async () => {
    const h = await serverWith({ IRR_RATE_LIMIT_SIGN_IN: '3/60' });
    for (let i = 0; i < 3; i++)
      expect((await signInFrom(h.server.url, '127.0.0.1')).status).toBe(200);
    const refused = await signInFrom(h.server.url, '127.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('45');
    const error = JSON.parse(refused.body) as { error: { message: string; data: object } };
    expect(error.error.message).toBe(
      'Too many sign-ins from your address: at most 3 in 60 seconds. Try again in 45 seconds.',
    );
    expect(error.error.data).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      domainCode: 'RATE_LIMITED',
    });
    expect(refused.headers['set-cookie']).toBeUndefined();

    expect((await signInFrom(h.server.url, '127.0.0.2')).status).toBe(200);
    // The next window lets the first address in again.
    h.setNow(new Date('2026-04-01T09:01:00Z'));
    expect((await signInFrom(h.server.url, '127.0.0.1')).status).toBe(200);
  });

  it('ignores X-Forwarded-For without IRR_TRUST_PROXY', async () => {
    const h = await serverWith({ IRR_RATE_LIMIT_SIGN_IN: '2/60' });
    const forged = (n: number) => ({ 'x-forwarded-for': `198.51.100.${n}` });
    expect((await signInFrom(h.server.url, '127.0.0.1', forged(1))).status).toBe(200);
    expect((await signInFrom(h.server.url, '127.0.0.1', forged(2))).status).toBe(200);
    expect((await signInFrom(h.server.url, '127.0.0.1', forged(3))).status).toBe(429);
  });

  it('believes the address one trusted proxy adds, and not what the client wrote before it', async () => {
    const h = await serverWith({ IRR_RATE_LIMIT_SIGN_IN: '2/60', IRR_TRUST_PROXY: '1' });
    const via = (xff: string) => signInFrom(h.server.url, '127.0.0.1', { 'x-forwarded-for': xff });
    expect((await via('198.51.100.1')).status).toBe(200);
    expect((await via('198.51.100.1')).status).toBe(200);
    expect((await via('198.51.100.1')).status).toBe(429);
    // Other clients behind the same proxy are not held back by it.
    expect((await via('198.51.100.2')).status).toBe(200);
    // A client's own claim, left of the proxy's entry, changes nothing.
    expect((await via('203.0.113.7, 198.51.100.1')).status).toBe(429);
  });

  it('limits search: the portal page, the public and the staff procedures, counted together', async () => {
    const h = await serverWith({ IRR_RATE_LIMIT_SEARCH: '3/60' });
    const cookie = (await h.signIn()).headers.getSetCookie()[0]!.split(';')[0]!;
    const input = (q: string) => encodeURIComponent(JSON.stringify({ q }));
    expect((await fetch(h.url('/search?q=vetting'))).status).toBe(200);
    expect((await fetch(h.url(`/trpc/public.search?input=${input('crime')}`))).status).toBe(200);
    const staff = await fetch(h.url(`/trpc/search.findings?input=${input('custody')}`), {
      headers: { cookie },
    });
    expect(staff.status).toBe(200);

    const page = await fetch(h.url('/search?q=victims'));
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBe('45');
    expect(await page.text()).toContain('Too many searches from your address');
    const call = await fetch(h.url(`/trpc/public.searchAll?input=${input('victims')}`));
    expect(call.status).toBe(429);
    expect(call.headers.get('retry-after')).toBe('45');
    // The read API's search counts with them, and says so as problem JSON a page on another site can read.
    const api = await fetch(h.url('/api/v1/findings?q=victims'));
    expect(api.status).toBe(429);
    expect(api.headers.get('retry-after')).toBe('45');
    expect(api.headers.get('access-control-allow-origin')).toBe('*');
    expect(api.headers.get('cache-control')).toBe('no-store');
    const problem = (await api.json()) as { status: number; code: string; detail: string };
    expect(problem).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(problem.detail).toContain('Too many searches from your address');
    // Unrelated pages are not limited.
    expect((await fetch(h.url('/forces'))).status).toBe(200);
    expect((await fetch(h.url('/api/v1/forces'))).status).toBe(200);
  });

  it('limits open data downloads', async () => {
    const h = await serverWith({ IRR_RATE_LIMIT_OPEN_DATA: '2/60' });
    expect((await fetch(h.url('/data/findings.csv'))).status).toBe(200);
    expect((await fetch(h.url('/data/responses.json'))).status).toBe(200);
    const refused = await fetch(h.url('/data/findings.json?year=2020'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('45');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(await refused.text()).toContain('Too many open data downloads from your address');
  });
});

describe('batched calls', () => {
  it('answers 400 to a request batching more than ten calls, saying how many it may', async () => {
    const h = await serverWith({});
    const batch = (n: number) =>
      fetch(h.url(`/trpc/${Array(n).fill('public.organisations').join(',')}?batch=1`));
    expect((await batch(10)).status).toBe(200);
    const refused = await batch(180);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { message: string } };
    expect(body.error.message).toBe(
      'One request may batch at most 10 calls; this one has 180. Send them in smaller batches.',
    );
  });
});

describe.skipIf(!testDrivers().includes('postgres'))('two servers on one PostgreSQL', () => {
  it('share their counts, and forget ended windows', async () => {
    const a = await serverWith({ IRR_RATE_LIMIT_SIGN_IN: '3/60' }, 'postgres');
    let now = START;
    const b = await startServer({
      config: a.config,
      database: a.database,
      logger: a.logs.logger,
      apps: a.apps,
      now: () => now,
    });
    try {
      expect((await signInFrom(a.server.url, '127.0.0.1')).status).toBe(200);
      expect((await signInFrom(b.url, '127.0.0.1')).status).toBe(200);
      expect((await signInFrom(a.server.url, '127.0.0.1')).status).toBe(200);
      expect((await signInFrom(b.url, '127.0.0.1')).status).toBe(429);
      expect((await signInFrom(a.server.url, '127.0.0.1')).status).toBe(429);

      // Two windows on, the first request to each server clears what has ended.
      now = new Date('2026-04-01T09:02:15Z');
      a.setNow(now);
      expect((await signInFrom(b.url, '127.0.0.1')).status).toBe(200);
      const rows = await a.db.select().from(schema.rateLimitHits);
      expect(rows.map((r) => r.windowStart.toISOString())).toEqual(['2026-04-01T09:02:00.000Z']);
    } finally {
      await b.close();
    }
  });
});
