import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test-server.js';

// Regression (issue 13, defect 8): each of these answered 500.
describe('addresses with bad bytes', () => {
  let h: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    h = await startTestServer();
    mkdirSync(h.apps.find((a) => a.prefix === '/')!.root, { recursive: true });
  });
  afterAll(() => h.close());

  it('answers a NUL in a query parameter with 400 and a page that names the parameter', async () => {
    for (const path of ['/search?q=%00', '/data/findings.csv?area=a%00b']) {
      const res = await fetch(h.url(path));
      expect(res.status, path).toBe(400);
      const page = await res.text();
      expect(page).toContain('This address cannot be read');
      expect(page).toMatch(/&quot;(q|area)&quot; parameter holds a character no text may contain/);
    }
  });

  it('answers a malformed or overlong escape in a path segment with the not-found page', async () => {
    for (const ref of ['%E0%A4%A', '%C0%AF', '%ED%A0%80', '%']) {
      const res = await fetch(h.url(`/forces/staffordshire/responses/a-report/findings/${ref}`));
      expect(res.status, ref).toBe(404);
      expect(await res.text()).toContain('Page not found');
    }
  });

  it('answers a NUL or a lone surrogate in a procedure input with 400 naming the field', async () => {
    for (const q of ['a\0b', 'a\ud800b']) {
      const input = encodeURIComponent(JSON.stringify({ q }));
      const res = await fetch(h.url(`/trpc/public.search?input=${input}`));
      expect(res.status).toBe(400);
      const body = (await res.json()) as {
        error: { message: string; data: { domainCode: string; field: string } };
      };
      expect(body.error.data).toMatchObject({ domainCode: 'MALFORMED_TEXT', field: 'q' });
      expect(body.error.message).toMatch(/^q contains (a NUL|a broken Unicode)/);
    }
  });
});
