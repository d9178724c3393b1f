import { request as httpRequest } from 'node:http';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { schema } from '@irr/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';
import { sessionCookieOf, startTestServer } from './test-server.js';

type Harness = Awaited<ReturnType<typeof startTestServer>>;
let h: Harness;

beforeAll(async () => {
  h = await startTestServer();
  // Enough organisations that the public list is worth compressing.
  await h.db.insert(schema.organisations).values(
    Array.from({ length: 40 }, (_, i) => ({
      slug: `force-${i}`,
      name: `Example Constabulary number ${i}`,
      kind: 'police_force' as const,
    })),
  );
});
afterAll(async () => {
  await h.close();
});

const organisations = () => h.url('/trpc/public.organisations');

describe('security headers', () => {
  it.each([
    '/healthz',
    '/trpc/public.organisations',
    '/trpc/auth.me',
    '/no-such-page',
    '/admin/',
    // An address Fastify's router cannot decode, answered before any hook of Fastify's runs.
    '/forces/%E0%A4%A',
  ])('are on %s', async (path) => {
    const res = await fetch(h.url(path));
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    // Plain http: HSTS would be meaningless.
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('are on a CSRF refusal too', async () => {
    const res = await fetch(h.url('/trpc/auth.signIn'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('caching public reads', () => {
  it('gives a public query an ETag and CDN-friendly Cache-Control, and answers a repeat with 304', async () => {
    const first = await fetch(organisations(), { headers: { 'accept-encoding': 'identity' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    );
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await fetch(organisations(), {
      headers: { 'if-none-match': etag!, 'accept-encoding': 'identity' },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
  });

  it('matches the ETag of a compressed variant too, and changes it when the data changes', async () => {
    const br = await fetch(organisations(), { headers: { 'accept-encoding': 'br' } });
    const etag = br.headers.get('etag')!;
    expect(etag).toMatch(/-br"$/);
    expect(
      (
        await fetch(organisations(), {
          headers: { 'if-none-match': etag, 'accept-encoding': 'gzip' },
        })
      ).status,
    ).toBe(304);
    await h.db
      .insert(schema.organisations)
      .values({ slug: 'new-force', name: 'A New Constabulary', kind: 'police_force' });
    const changed = await fetch(organisations(), {
      headers: { 'if-none-match': etag, 'accept-encoding': 'br' },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('never lets staff responses be stored', async () => {
    const cookie = sessionCookieOf(await h.signIn());
    const res = await fetch(h.url('/trpc/auth.me'), { headers: { cookie } });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
  });

  it('does not cache a failed public query', async () => {
    const res = await fetch(
      h.url(
        `/trpc/public.organisation?input=${encodeURIComponent(JSON.stringify({ slug: 'atlantis' }))}`,
      ),
    );
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
  });
});

describe('compression', () => {
  /** Raw bytes and headers, as fetch would transparently decompress them. */
  function raw(
    path: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(h.url(path), { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('brotli-compresses a large JSON response for a client that accepts it', async () => {
    const plain = await raw('/trpc/public.organisations', { 'accept-encoding': 'identity' });
    const br = await raw('/trpc/public.organisations', { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  });

  it('compresses a staff reply too (@fastify/compress), and never lets it be stored', async () => {
    const cookie = sessionCookieOf(await h.signIn());
    // Not all public, so it is answered for this person: the staff path, not the public cache.
    const path = `/trpc/organisations.mine,public.organisations?batch=1&input=${encodeURIComponent('{}')}`;
    const plain = await raw(path, { cookie, 'accept-encoding': 'identity' });
    const br = await raw(path, { cookie, 'accept-encoding': 'br' });
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.headers['cache-control']).toBe('no-store');
    expect(br.headers['x-cache']).toBeUndefined();
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  });

  it('uses gzip when that is all the client takes, and leaves small responses alone', async () => {
    expect(
      (await raw('/trpc/public.organisations', { 'accept-encoding': 'gzip' })).headers[
        'content-encoding'
      ],
    ).toBe('gzip');
    expect(
      (await raw('/trpc/public.organisations', { 'accept-encoding': 'br;q=0, gzip' })).headers[
        'content-encoding'
      ],
    ).toBe('gzip');
    expect(
      (await raw('/healthz', { 'accept-encoding': 'br' })).headers['content-encoding'],
    ).toBeUndefined();
  });
});

describe('health', () => {
  it('/healthz answers 200 while the process is up', async () => {
    const res = await fetch(h.url('/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 while the database answers', async () => {
    const res = await fetch(h.url('/readyz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: 'pglite' });
  });
});

describe('requests', () => {
  it('echoes a sane incoming request id and replaces one that is not', async () => {
    expect(
      (await fetch(h.url('/healthz'), { headers: { 'x-request-id': 'lb-7f3a.42' } })).headers.get(
        'x-request-id',
      ),
    ).toBe('lb-7f3a.42');
    const replaced = (
      await fetch(h.url('/healthz'), { headers: { 'x-request-id': 'evil" injected {json}' } })
    ).headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      h.logs
        .entries()
        .some((e) => e.requestId === 'lb-7f3a.42' && e.path === '/healthz' && e.status === 200),
    ).toBe(true);
  });

  it('refuses an oversized body with 413 before it has all arrived', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(h.url('/trpc/auth.signIn'), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-irr-csrf': '1',
          origin: h.server.url,
          'content-length': String(30 * 1024 * 1024),
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.write('{"email":"');
    });
    expect(status).toBe(413);
  });

  it('takes a compressed body as sent: a small brotli body is not inflated to the limit', async () => {
    const inflated = JSON.stringify({
      email: `${'a'.repeat(30 * 1024 * 1024)}@example.org`,
      password: 'x',
    });
    const body = brotliCompressSync(inflated);
    expect(body.length).toBeLessThan(10_000);
    const res = await fetch(h.url('/trpc/auth.signIn'), {
      method: 'POST',
      headers: h.mutationHeaders({ 'content-encoding': 'br' }),
      body,
    });
    // The bytes as sent are not JSON: refused as input (400), never inflated past the limit (413).
    expect(res.status).toBe(400);
    expect((await fetch(h.url('/healthz'))).status).toBe(200);
  });

  it('leaves query strings out of the log', async () => {
    await fetch(
      h.url(
        `/trpc/public.search?input=${encodeURIComponent(JSON.stringify({ q: 'confidential-search-term' }))}`,
      ),
    );
    expect(h.logs.lines.join('\n')).not.toContain('confidential-search-term');
    expect(h.logs.entries().some((e) => e.path === '/trpc/public.search')).toBe(true);
  });
});
