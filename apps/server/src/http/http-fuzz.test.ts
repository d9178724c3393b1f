import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { appRouter, createCaller, noCookies, type SessionUser } from '@irr/api';
import { schema } from '@irr/db';
import { contentFingerprint } from '@irr/db/testing';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sampleInput,
  stringPaths,
  withStringAt,
} from '../../../../packages/api/src/test-support/sample-input.js';
import { readSeedRecord } from '../demo/seed-record.js';
import { PORTAL_ROUTES } from './public-pages/index.js';
import { sessionCookieOf, startTestServer } from './test-server.js';

/**
 * Bad bytes over real HTTP (issue 13, defect 8): every portal address and every procedure, with
 * NUL, lone surrogates, overlong UTF-8 (%C0%AF), malformed escapes (%, %E0%A4%A, %ZZ) and huge
 * strings in each path segment, query parameter and input string. No answer may be a 5xx, and the
 * register must not change. Fixed seed, a few draws per class.
 */

const SEED = 13_08;
const ESCAPES: Record<string, string[]> = {
  nul: ['%00'],
  'lone surrogate': ['%ED%A0%80', '%ED%BF%BF'],
  overlong: ['%C0%AF', '%E0%80%AF', '%C1%BF'],
  malformed: ['%', '%E0%A4%A', '%ZZ', '%uD800', '%%'],
  huge: [`${'x'.repeat(20_000)}`],
};
/** Hostile URL text of each class: an escape between ordinary characters, drawn with a fixed seed. */
const urlText = (cls: string) =>
  fc.sample(
    fc
      .tuple(fc.stringMatching(/^[a-z0-9]{0,6}$/), fc.constantFrom(...ESCAPES[cls]!))
      .map(([a, e]) => `${a}${e}`),
    { numRuns: 2, seed: SEED },
  );
/** Hostile text inside a JSON input: what a client can send past URL decoding. */
const JSON_TEXT: Record<string, string> = {
  nul: 'a\0b',
  'lone surrogate': 'a\ud800b',
  huge: 'é'.repeat(300_001),
};

type Tally = Record<string, { tried: number; refused: number; answered: number }>;

describe('bad bytes over HTTP', () => {
  let h: Awaited<ReturnType<typeof startTestServer>>;
  let cookie: string;
  let paths: string[];
  let ids: Record<string, string>;
  beforeAll(async () => {
    h = await startTestServer();
    // Both apps "built": the portal answers, and the admin app serves its page for its routes.
    for (const app of h.apps) mkdirSync(app.root, { recursive: true });
    writeFileSync(
      join(h.apps.find((a) => a.prefix === '/admin/')!.root, 'index.html'),
      '<!doctype html><title>Admin</title>',
    );
    const [org] = await h.db.select().from(schema.organisations);
    const [approver] = await h.db
      .insert(schema.users)
      .values({ email: 'approver@example.org', displayName: 'Alex', passwordHash: 'scrypt$unused' })
      .returning();
    const as = (
      u: { id: string; email: string; displayName: string },
      role: 'editor' | 'approver',
    ) =>
      createCaller({
        db: h.db,
        user: { ...u, memberships: [{ organisationId: org!.id, role }] } satisfies SessionUser,
        sessionId: null,
        requestId: randomUUID(),
        now: () => new Date(),
        cookies: noCookies,
        ip: null,
      });
    await h.db
      .insert(schema.memberships)
      .values({ userId: approver!.id, organisationId: org!.id, role: 'approver' });
    const editor = as(h.user, 'editor');
    const recordId = (await editor.import.records({ text: await readSeedRecord() })).items[0]!
      .recordId!;
    let r = await editor.records.get({ recordId });
    r = await editor.workflow.transition({ recordId, rowVersion: r.rowVersion, to: 'in_review' });
    r = await as(approver!, 'approver').workflow.transition({
      recordId,
      rowVersion: r.rowVersion,
      to: 'approved',
      dateUnknownReason: 'The seed record gives no publication date',
    });
    await as(approver!, 'approver').workflow.transition({
      recordId,
      rowVersion: r.rowVersion,
      to: 'published',
    });
    ids = {
      recordId,
      findingId: r.findings[0]!.id,
      order: r.findings[0]!.id,
      organisationId: org!.id,
    };
    const links = await createCaller({
      db: h.db,
      user: null,
      sessionId: null,
      requestId: 'x',
      now: () => new Date(),
      cookies: noCookies,
      ip: null,
    }).public.permalinks();
    const response = `/forces/${links.responses[0]!.organisationSlug}/responses/${links.responses[0]!.responseSlug}`;
    paths = [
      ...[
        '/',
        '/forces',
        `/forces/${org!.slug}`,
        '/reports',
        `/reports/${links.reports[0]!.slug}`,
        response,
        `${response}/findings/${links.findings[0]!.ref}`,
      ],
      ...['/search', '/open-data', '/accessibility', '/feed.xml', `/forces/${org!.slug}/feed.xml`],
      `/reports/${links.reports[0]!.slug}/feed.xml`,
      `${response}/findings/${links.findings[0]!.ref}/feed.xml`,
      ...[`/alerts?force=${org!.slug}`, '/alerts/confirm', '/alerts/unsubscribe'],
      ...['/compliance', `/forces/${org!.slug}/compliance`, '/data/compliance.csv'],
      '/data/compliance.json',
      ...[
        '/data/findings.csv',
        '/data/findings.json',
        '/data/responses.csv',
        '/data/responses.json',
        '/data/datapackage.json',
        '/data/findings.schema.json',
      ],
      ...['/sitemap.xml', '/robots.txt', '/healthz', '/readyz', '/admin/', '/assets/portal.css'],
      ...['/api', '/api/openapi.json', '/api/v1/forces', `/api/v1/forces/${org!.slug}/responses`],
      ...[`/api/v1${response}`, `/api/v1${response}/findings/${links.findings[0]!.ref}`],
      ...['/api/v1/findings', '/api/v1/changes', '/api/v1/reports', '/api/v1/compliance'],
      `/api/v1/reports/${links.reports[0]!.slug}`,
    ];
    cookie = sessionCookieOf(await h.signIn());
  });
  afterAll(() => h.close());

  it('visits every portal address', () => {
    for (const route of PORTAL_ROUTES)
      expect(
        paths.some((p) => route.test(p)),
        String(route),
      ).toBe(true);
  });

  it('answers hostile path segments and query parameters of every public address with a 4xx', async ({
    annotate,
  }) => {
    const before = await contentFingerprint(h.db);
    const tally: Tally = {};
    const failures: string[] = [];
    for (const cls of Object.keys(ESCAPES)) {
      const count = (tally[cls] = { tried: 0, refused: 0, answered: 0 });
      for (const text of urlText(cls)) {
        const targets = paths
          .flatMap((p) => [
            ...p
              .split('/')
              .map((_, i, segs) =>
                i === 0 ? null : segs.map((s, j) => (j === i ? text : s)).join('/'),
              ),
            ...['q', 'version', text].map((k) => `${p}?${k}=${text}`),
          ])
          .filter((t): t is string => t !== null);
        for (const target of targets) {
          count.tried++;
          const res = await fetch(h.url(target));
          await res.arrayBuffer();
          if (res.status >= 500) failures.push(`${res.status} GET ${target.slice(0, 120)}`);
          else if (res.status >= 400) count.refused++;
          else count.answered++;
        }
      }
    }
    await annotate(`portal fuzz: ${JSON.stringify(tally)}`);
    expect(failures).toEqual([]);
    expect(tally.nul!.answered).toBeLessThan(tally.nul!.tried);
    expect(await contentFingerprint(h.db)).toBe(before);
  });

  it('answers hostile text in every procedure input, as JSON and as URL escapes, with a 4xx', async ({
    annotate,
  }) => {
    const before = await contentFingerprint(h.db);
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { inputs: z.ZodType[]; type: string } }
    >;
    const tally: Tally = {};
    const failures: string[] = [];
    const send = async (
      cls: string,
      path: string,
      type: string,
      input: string | null,
      raw = false,
    ) => {
      const count = (tally[cls] ??= { tried: 0, refused: 0, answered: 0 });
      count.tried++;
      const encoded = input === null ? '' : raw ? input : encodeURIComponent(input);
      const res =
        type === 'query'
          ? await fetch(h.url(`/trpc/${path}${input === null ? '' : `?input=${encoded}`}`), {
              headers: { cookie },
            })
          : await fetch(h.url(`/trpc/${path}`), {
              method: 'POST',
              headers: h.mutationHeaders({ cookie }),
              body: raw ? Buffer.from(input ?? '', 'latin1') : (input ?? ''),
            });
      const body = await res.text();
      if (res.status >= 500) failures.push(`${res.status} ${path} [${cls}] ${body.slice(0, 160)}`);
      else if (res.status >= 400) count.refused++;
      else count.answered++;
    };
    for (const [path, procedure] of Object.entries(procedures).sort()) {
      if (path === 'auth.signOut') continue; // it would end the session the others use
      const type = procedure._def.type;
      const sample = procedure._def.inputs[0]
        ? sampleInput(procedure._def.inputs[0], ids)
        : undefined;
      // One string of the input per class, drawn with the seed: the in-process suite tries them all.
      const leaves = [[], ...stringPaths(sample)];
      for (const [cls, text] of Object.entries(JSON_TEXT)) {
        const [at] = fc.sample(fc.constantFrom(...leaves), {
          numRuns: 1,
          seed: SEED + path.length,
        });
        await send(cls, path, type, JSON.stringify(withStringAt(sample, at!, text)));
      }
      // Bytes that are no UTF-8 inside the JSON, and escapes no decoder accepts in the URL.
      for (const cls of ['overlong', 'malformed', 'lone surrogate'])
        await send(cls, path, type, `{"q":"${urlText(cls)[0]!}"}`, true);
      await send('overlong', path, type, '{"q":"\xc0\xaf"}', true);
    }
    await annotate(`procedure fuzz over HTTP: ${JSON.stringify(tally)}`);
    expect(failures).toEqual([]);
    expect(tally.nul!.refused).toBe(tally.nul!.tried);
    expect(await contentFingerprint(h.db)).toBe(before);
  });
});
