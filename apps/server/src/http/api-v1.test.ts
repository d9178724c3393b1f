import { mkdirSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed-demo.js';
import { startTestServer } from './test-server.js';

// ajv-formats is CommonJS: its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Record<string, unknown>;
}
interface Operation {
  operationId: string;
  parameters: Parameter[];
  responses: Record<
    string,
    { content?: Record<string, { schema: Record<string, unknown> }>; headers?: object }
  >;
}
/**
 * An answer's schema as a validator, compiled within the whole document so that its references to the
 * shared components (`#/components/schemas/…`) resolve as an OpenAPI reader resolves them.
 */
function answerValidator(ajv: Ajv2020, doc: OpenApi, path: string) {
  const escaped = path.replaceAll('~', '~0').replaceAll('/', '~1');
  return ajv.compile({
    ...doc,
    $ref: `#/paths/${escaped}/get/responses/200/content/application~1json/schema`,
  });
}

interface OpenApi {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
}

describe('the read API, as its OpenAPI description says', () => {
  let h: Awaited<ReturnType<typeof startTestServer>>;
  let doc: OpenApi;
  beforeAll(async () => {
    h = await startTestServer();
    mkdirSync(h.apps.find((a) => a.prefix === '/')!.root, { recursive: true });
    await seedDemo(h.db, { generatePassword: () => 'a demo password of no use' });
    const res = await fetch(h.url('/api/openapi.json'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    // What any page may read, any page may embed (helmet's default is same-origin).
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    doc = (await res.json()) as OpenApi;
  });
  afterAll(() => h.close());

  /** An address under the described server, fetched from the test server. */
  const get = (path: string, init?: RequestInit) => {
    const u = new URL(`${doc.servers[0]!.url}${path}`);
    return fetch(h.url(u.pathname + u.search), init);
  };

  it('is a valid OpenAPI 3.1 document whose every answer schema compiles as JSON Schema 2020-12', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(doc.servers[0]!.url).toBe(`${h.url('')}/api/v1`);
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    for (const path of Object.keys(doc.paths)) {
      expect(() => answerValidator(ajv, doc, path), path).not.toThrow();
    }
    // The schemas hold the answers to something: a force without its name, or a number for its slug, fails.
    const forces = answerValidator(ajv, doc, '/forces');
    expect(forces([{ slug: 'x', name: 'X', kind: 'police_force', publishedResponses: 1 }])).toBe(
      true,
    );
    expect(forces([{ slug: 'x', kind: 'police_force', publishedResponses: 1 }])).toBe(false);
    expect(forces([{ slug: 1, name: 'X', kind: 'police_force', publishedResponses: 1 }])).toBe(
      false,
    );
  });

  it('answers every listed endpoint as its schema describes, with an ETag a 304 honours', async () => {
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    // Real values for the path parameters, found through the API itself.
    const forces = (await (await get('/forces')).json()) as {
      slug: string;
      publishedResponses: number;
    }[];
    const force = forces.find((f) => f.publishedResponses > 0)!;
    const responses = (await (await get(`/forces/${force.slug}/responses`)).json()) as {
      responses: { reportSlug: string; responseSlug: string }[];
    };
    const { reportSlug, responseSlug } = responses.responses[0]!;
    const response = (await (
      await get(`/forces/${force.slug}/responses/${responseSlug}`)
    ).json()) as {
      tracking: Record<string, unknown>;
    };
    const values: Record<string, string> = {
      organisationSlug: force.slug,
      responseSlug,
      reportSlug,
      slug: reportSlug,
      ref: Object.keys(response.tracking)[0]!,
    };
    const called: string[] = [];
    for (const template of Object.keys(doc.paths)) {
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(values[name]!),
      );
      const res = await get(path);
      const body: unknown = await res.json();
      expect(res.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      const validate = answerValidator(ajv, doc, template);
      expect(validate(body) ? [] : validate.errors, path).toEqual([]);
      const etag = res.headers.get('etag');
      expect(etag, path).toMatch(/^"[0-9a-f]{32}/);
      const again = await get(path, { headers: { 'if-none-match': etag! } });
      expect(again.status, path).toBe(304);
      called.push(template);
    }
    expect(called.toSorted()).toEqual(Object.keys(doc.paths).toSorted());
    expect(called.length).toBeGreaterThanOrEqual(9);
  });

  it('pages a list by cursor, in the answer and the Link header, each row once', async () => {
    const all = (await (await get('/findings?limit=100')).json()) as { total: number };
    const seen: string[] = [];
    let address: string | null = '/findings?limit=7&kind=recommendation';
    let total = 0;
    while (address) {
      const res = await get(address);
      const page = (await res.json()) as {
        total: number;
        findings: { findingId: string; kind: string }[];
        next: string | null;
      };
      total = page.total;
      seen.push(...page.findings.map((f) => f.findingId));
      expect(page.findings.every((f) => f.kind === 'recommendation')).toBe(true);
      const link = res.headers.get('link');
      if (page.next) {
        expect(link).toContain(`cursor=${encodeURIComponent(page.next)}`);
        expect(link).toMatch(
          /^<http:\/\/[^>]+\/api\/v1\/findings\?limit=7&kind=recommendation&cursor=[^>]+>; rel="next"$/,
        );
        address = link!.slice(1, link!.indexOf('>')).replace(/^.*\/api\/v1/, '');
      } else {
        expect(link).toBeNull();
        address = null;
      }
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(7);
    expect(total).toBeLessThan(all.total);
  });

  it('says what is wrong with a request, and where, as problem JSON', async () => {
    const cases: [string, number, Record<string, unknown>][] = [
      [
        '/findings?status=in_progres',
        400,
        { field: 'status', detail: expect.stringContaining('status') },
      ],
      [
        '/findings?colour=blue',
        400,
        { field: 'colour', allowed: expect.arrayContaining(['q', 'status', 'cursor', 'limit']) },
      ],
      ['/findings?limit=ten', 400, { field: 'limit', detail: 'limit must be a number, not "ten"' }],
      ['/findings?limit=500', 400, { field: 'limit' }],
      ['/reports?cursor=bm90IGEgY3Vyc29y', 400, { field: 'cursor', code: 'CURSOR_INVALID' }],
      ['/forces/atlantis/responses', 404, { code: 'NOT_FOUND' }],
      ['/no-such-thing', 404, { detail: expect.stringContaining('/api/openapi.json') }],
    ];
    for (const [path, status, expected] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type'), path).toBe('application/problem+json; charset=utf-8');
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(await res.json(), path).toMatchObject({ status, ...expected });
    }
    const post = await fetch(h.url('/api/v1/forces'), { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('lets any web page read the API, the feeds and the open data, but not the staff API', async () => {
    for (const path of [
      '/api/v1/forces',
      '/feed.xml',
      '/data/findings.csv',
      '/data/datapackage.json',
    ]) {
      const res = await fetch(h.url(path), { headers: { origin: 'https://newsroom.example' } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      const preflight = await fetch(h.url(path), {
        method: 'OPTIONS',
        headers: {
          origin: 'https://newsroom.example',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'if-none-match',
        },
      });
      expect(preflight.status, path).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers'), path).toContain(
        'If-None-Match',
      );
    }
    const page = await fetch(h.url('/forces'), { headers: { origin: 'https://newsroom.example' } });
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const staff = await fetch(h.url('/trpc/auth.me'), {
      headers: { origin: 'https://newsroom.example' },
    });
    expect(staff.headers.get('access-control-allow-origin')).toBeNull();
  });
});
