import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createCaller, noCookies } from '@irr/api';
import { schema } from '@irr/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';
import { rawRequest, startTestServer } from './test-server.js';

const EVIL = 'evil.example';
const LINKED = [
  '/sitemap.xml',
  '/feed.xml',
  '/robots.txt',
  '/data/findings.csv',
  '/data/responses.csv',
  '/data/datapackage.json',
  '/data/findings.schema.json',
];

/** A server with the seed record published, so every linked file has rows with absolute URLs. */
async function serverWithPublishedRecord(env: Record<string, string> = {}) {
  const h = await startTestServer({ env });
  mkdirSync(h.apps.find((a) => a.prefix === '/')!.root, { recursive: true });
  const [org] = await h.db.select().from(schema.organisations);
  const [approver] = await h.db
    .insert(schema.users)
    .values({ email: 'approver@example.org', displayName: 'Alex', passwordHash: 'scrypt$unused' })
    .returning();
  await h.db
    .insert(schema.memberships)
    .values({ userId: approver!.id, organisationId: org!.id, role: 'approver' });
  const as = (u: { id: string; email: string; displayName: string }, role: 'editor' | 'approver') =>
    createCaller({
      db: h.db,
      user: { ...u, memberships: [{ organisationId: org!.id, role }] },
      sessionId: null,
      requestId: randomUUID(),
      now: () => new Date(),
      cookies: noCookies,
      ip: null,
    });
  const editor = as(h.user, 'editor');
  const imported = await editor.import.records({ text: await readSeedRecord() });
  const recordId = imported.items[0]!.recordId!;
  let record = await editor.records.get({ recordId });
  for (const [caller, to] of [
    [editor, 'in_review'],
    [as(approver!, 'approver'), 'approved'],
    [as(approver!, 'approver'), 'published'],
  ] as const)
    record = await caller.workflow.transition({
      recordId,
      rowVersion: record.rowVersion,
      to,
      // The seed's report gives no date: approving it needs the reason.
      dateUnknownReason: 'The seed record gives no publication date',
    });
  return h;
}

describe('a hostile Host header, with IRR_PUBLIC_ORIGIN unset', () => {
  let h: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    h = await serverWithPublishedRecord();
  });
  afterAll(() => h.close());

  it.each(LINKED)('is not written into %s, which links to the listening address', async (path) => {
    const res = await rawRequest(h.url(path), { host: EVIL, 'x-forwarded-host': EVIL });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain(EVIL);
    expect(res.body).toContain(`${h.server.url}/`);
  });

  it('is warned about at start: public links use the listening address', () => {
    expect(h.logs.entries()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: expect.stringContaining('IRR_PUBLIC_ORIGIN is unset') as unknown,
        linkOrigin: h.server.url,
      }),
    );
  });
});

describe('a hostile Host header, with IRR_PUBLIC_ORIGIN set', () => {
  const PUBLIC = 'https://register.example.org';
  let h: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    h = await serverWithPublishedRecord({ IRR_PUBLIC_ORIGIN: PUBLIC });
  });
  afterAll(() => h.close());

  it.each(LINKED)('is not written into %s, which links to the public origin', async (path) => {
    const res = await rawRequest(h.url(path), { host: EVIL });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain(EVIL);
    expect(res.body).toContain(`${PUBLIC}/`);
  });

  it('does not let a mutation from its own origin past the CSRF check', async () => {
    for (const origin of [`http://${EVIL}`, `https://${EVIL}`]) {
      const res = await rawRequest(
        h.url('/trpc/auth.signIn'),
        {
          host: EVIL,
          origin,
          'content-type': 'application/json',
          'x-irr-csrf': '1',
        },
        {
          method: 'POST',
          body: JSON.stringify({ email: 'editor@example.org', password: 'x' }),
        },
      );
      expect(res.status).toBe(403);
      expect(res.body).toContain('CSRF_REFUSED');
    }
    // The public origin itself is still let through (a wrong password, not a refusal).
    const own = await rawRequest(
      h.url('/trpc/auth.signIn'),
      { host: EVIL, origin: PUBLIC, 'content-type': 'application/json', 'x-irr-csrf': '1' },
      { method: 'POST', body: JSON.stringify({ email: 'editor@example.org', password: 'x' }) },
    );
    expect(own.status).toBe(401);
  });
});
