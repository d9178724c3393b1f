import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieOf, startTestServer } from '../http/test-server.js';

type Harness = Awaited<ReturnType<typeof startTestServer>>;
let h: Harness;
beforeAll(async () => {
  h = await startTestServer();
});
afterAll(() => h.close());

describe('a 50 MB upload', () => {
  it('is refused with 413 and a clear message, and the server keeps serving', async () => {
    const cookie = sessionCookieOf(await h.signIn());
    const text = 'x'.repeat(50 * 1024 * 1024);
    const res = await fetch(h.url('/trpc/import.records'), {
      method: 'POST',
      headers: h.mutationHeaders({ cookie }),
      body: JSON.stringify({ text }),
    }).catch((e: unknown) => e as Error);
    // Either the 413 arrives, or the server closed the connection after sending it mid-upload.
    if (res instanceof Response) {
      expect(res.status).toBe(413);
      expect(await res.text()).toMatch(/larger than 25 MB/);
    } else {
      const cause = res.cause instanceof Error ? res.cause.message : '';
      expect(`${res.message} ${cause}`).toMatch(/socket|closed|reset|EPIPE|fetch failed/i);
    }
    expect((await fetch(h.url('/healthz'))).status).toBe(200);
  });
});

describe('an oversized alerts form', () => {
  // The portal's pages need its built folder: an empty one will do.
  let portal: Harness;
  const scratch = mkdtempSync(join(tmpdir(), 'irr-alerts-form-'));
  beforeAll(async () => {
    portal = await startTestServer({
      apps: [{ name: 'the public portal', prefix: '/', root: scratch, buildCommand: 'none' }],
    });
  });
  afterAll(async () => {
    await portal.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('is refused with 413 before the page is built, and a form of the right size still arrives', async () => {
    const post = (body: string) =>
      fetch(portal.url('/alerts'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const big = await post(`email=${'x'.repeat(9 * 1024)}%40example.org&force=staffordshire`);
    expect(big.status).toBe(413);
    expect(await big.text()).toBe('The form is too large.\n');
    // A form within the limit reaches the alerts page (which says what is wrong with it).
    const small = await post('email=not-an-address&force=staffordshire');
    expect(small.status, await small.clone().text()).toBeLessThan(500);
    expect(small.status).not.toBe(413);
    expect(small.headers.get('content-type'), await small.clone().text()).toBe(
      'text/html; charset=utf-8',
    );
  });
});
