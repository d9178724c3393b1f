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
