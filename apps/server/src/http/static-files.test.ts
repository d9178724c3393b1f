import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeJoin } from './static-files.js';
import { startTestServer } from './test-server.js';

type Harness = Awaited<ReturnType<typeof startTestServer>>;
let h: Harness;
const INDEX =
  '<!doctype html><html lang="en"><head><title>Admin</title><script type="module" src="/admin/assets/index-AbC123xy.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;

beforeAll(async () => {
  h = await startTestServer();
  const admin = h.apps[0]!.root;
  mkdirSync(join(admin, 'assets'), { recursive: true });
  writeFileSync(join(admin, 'index.html'), INDEX);
  writeFileSync(join(admin, 'assets', 'index-AbC123xy.js'), SCRIPT);
  writeFileSync(join(admin, 'robots.txt'), 'User-agent: *\nDisallow: /admin/\n');
  writeFileSync(join(admin, '.env'), 'SECRET=do-not-serve');
  writeFileSync(join(h.scratch, 'outside.txt'), 'outside the dist folder');
  symlinkSync(join(h.scratch, 'outside.txt'), join(admin, 'linked.txt'));
  // The public portal's dist is left missing: not built yet.
});
afterAll(async () => {
  await h.close();
});

describe('the built admin app at /admin/', () => {
  it('serves index.html at /admin/ and for client-side routes, revalidated on each visit', async () => {
    for (const path of [
      '/admin/',
      '/admin/records/5b1e2c7a-0000-4000-8000-000000000000',
      '/admin/findings?status=open',
    ]) {
      const res = await fetch(h.url(path));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('redirects /admin to /admin/ so the app loads under its prefix', async () => {
    const res = await fetch(h.url('/admin?x=1'), { redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/admin/?x=1');
  });

  it('serves hashed assets with a year-long immutable cache, compressed, with the right type', async () => {
    const res = await fetch(h.url('/admin/assets/index-AbC123xy.js'), {
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(await res.text()).toBe(SCRIPT);
    const plain = await fetch(h.url('/admin/robots.txt'));
    expect(plain.headers.get('cache-control')).toBe('no-cache');
    expect(plain.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
  });

  it('answers 404 for a missing asset rather than the app page', async () => {
    const res = await fetch(h.url('/admin/assets/gone-12345678.js'), {
      headers: { accept: '*/*' },
    });
    expect(res.status).toBe(404);
  });

  it('never serves files outside dist, hidden files or symlinks leading out', async () => {
    for (const path of [
      '/admin/..%2f..%2foutside.txt',
      '/admin/%2e%2e/%2e%2e/outside.txt',
      '/admin/.env',
      '/admin/linked.txt',
      '/admin/..%5c..%5coutside.txt',
    ]) {
      const res = await fetch(h.url(path), { headers: { accept: '*/*' } });
      const text = await res.text();
      expect(text).not.toContain('outside the dist folder');
      expect(text).not.toContain('do-not-serve');
    }
  });

  it('resolves paths inside the root only', () => {
    expect(safeJoin('/srv/dist', 'assets/a.js')).toBe(join('/srv/dist', 'assets/a.js'));
    expect(safeJoin('/srv/dist', '../etc/passwd')).toBeNull();
    expect(safeJoin('/srv/dist', '%2e%2e/etc/passwd')).toBeNull();
    expect(safeJoin('/srv/dist', 'a%00b')).toBeNull();
    expect(safeJoin('/srv/dist', '%E0%A4%A')).toBeNull();
  });
});

describe('an app that is not built yet', () => {
  it('shows a small accessible page saying so and how to build it', async () => {
    const res = await fetch(h.url('/'));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain('<h1>The public portal is not built yet</h1>');
    expect(html).toContain('pnpm --filter @irr/public build');
    // The CSP forbids inline styles and scripts; the page must not need them.
    expect(html).not.toMatch(/<script|<style|style=/);
  });
});
