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

  it('serves a rebuilt file at once, with its new bytes and a new ETag, in every encoding', async () => {
    const file = join(h.apps[0]!.root, 'notes.txt');
    writeFileSync(file, `first build ${'a'.repeat(2000)}`);
    const first = await fetch(h.url('/admin/notes.txt'));
    expect(await first.text()).toMatch(/^first build/);
    // Read again while unchanged: the same bytes and tag, compressed or not.
    const again = await fetch(h.url('/admin/notes.txt'), { headers: { 'accept-encoding': 'br' } });
    expect(await again.text()).toMatch(/^first build/);
    writeFileSync(file, `second build ${'b'.repeat(3000)}`);
    for (const encoding of ['identity', 'br', 'gzip']) {
      const res = await fetch(h.url('/admin/notes.txt'), {
        headers: { 'accept-encoding': encoding },
      });
      expect(await res.text(), encoding).toMatch(/^second build b{3000}$/);
      expect(res.headers.get('etag')?.replace(/-(br|gzip)"$/, '"'), encoding).not.toBe(
        first.headers.get('etag'),
      );
    }
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

  it('answers a byte range of a file with 206 and those bytes, uncompressed, and says it takes ranges', async () => {
    const asset = h.url('/admin/assets/index-AbC123xy.js');
    const whole = await fetch(asset);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const tag = (await fetch(asset, { headers: { 'accept-encoding': 'identity' } })).headers.get(
      'etag',
    )!;
    const part = await fetch(asset, { headers: { range: 'bytes=0-11', 'accept-encoding': 'br' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-11/${SCRIPT.length}`);
    expect(part.headers.get('content-length')).toBe('12');
    expect(part.headers.get('content-encoding')).toBeNull();
    expect(part.headers.get('etag')).toBe(tag);
    expect(await part.text()).toBe(SCRIPT.slice(0, 12));
    // The last bytes, and an open range from an offset (a download resumed).
    const tail = await fetch(asset, { headers: { range: 'bytes=-5' } });
    expect([tail.status, await tail.text()]).toEqual([206, SCRIPT.slice(-5)]);
    const rest = await fetch(asset, { headers: { range: 'bytes=4000-' } });
    expect(rest.headers.get('content-range')).toBe(
      `bytes 4000-${SCRIPT.length - 1}/${SCRIPT.length}`,
    );
    expect(await rest.text()).toBe(SCRIPT.slice(4000));
  });

  it('answers a range past the end with 416 and the size, and gives the whole file when the range cannot apply', async () => {
    const asset = h.url('/admin/assets/index-AbC123xy.js');
    const beyond = await fetch(asset, { headers: { range: `bytes=${SCRIPT.length + 10}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${SCRIPT.length}`);
    expect(await beyond.text()).toBe('');
    for (const headers of <Record<string, string>[]>[
      // A version the client no longer holds: the whole of the current one.
      { range: 'bytes=0-9', 'if-range': '"0123456789abcdef0123456789abcdef"' },
      { range: 'bytes=0-9', 'if-range': 'Wed, 21 Oct 2015 07:28:00 GMT' },
      // Several ranges, a malformed one, another unit.
      { range: 'bytes=0-1,10-11' },
      { range: 'bytes=nine-ten' },
      { range: 'lines=0-9' },
    ]) {
      const res = await fetch(asset, { headers });
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(await res.text()).toBe(SCRIPT);
    }
    // HEAD ignores Range; an unchanged If-Range gets the range.
    const head = await fetch(asset, { method: 'HEAD', headers: { range: 'bytes=0-9' } });
    expect(head.status).toBe(200);
    const tag = (await fetch(asset, { headers: { 'accept-encoding': 'identity' } })).headers.get(
      'etag',
    )!;
    const same = await fetch(asset, { headers: { range: 'bytes=0-9', 'if-range': tag } });
    expect([same.status, await same.text()]).toEqual([206, SCRIPT.slice(0, 10)]);
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
