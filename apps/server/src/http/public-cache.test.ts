import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { schema, type Database, type Db } from '@irr/db';
import { createTestDatabase, testDrivers } from '@irr/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PUBLIC_CACHE, PublicCache, type Built } from './public-cache.js';
import { sessionCookieOf, startTestServer } from './test-server.js';

/** fetch() decompresses for us; node:http hands over the bytes as sent. */
function raw(url: string, encoding: string, headers: Record<string, string> = {}) {
  return new Promise<{ headers: IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    httpRequest(url, { headers: { 'accept-encoding': encoding, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

type Harness = Awaited<ReturnType<typeof startTestServer>>;

describe('public reads over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startTestServer();
    await h.db.insert(schema.organisations).values(
      Array.from({ length: 30 }, (_, i) => ({
        slug: `force-${i}`,
        name: `Example Constabulary number ${i}`,
        kind: 'police_force' as const,
      })),
    );
  });
  afterAll(() => h.close());

  const organisations = '/trpc/public.organisations';
  const read = (path: string, headers: Record<string, string> = {}) =>
    fetch(h.url(path), { headers: { 'accept-encoding': 'identity', ...headers } });

  it('answers a repeat from the cache with the same bytes and ETag', async () => {
    // A read no other test here makes, so its first answer is built here whatever ran before.
    const force = `/trpc/public.organisation?input=${encodeURIComponent(JSON.stringify({ slug: 'force-7' }))}`;
    const first = await read(force);
    expect(first.status).toBe(200);
    const second = await read(force);
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.text()).toBe(await first.text());
    const again = await read(force, { 'if-none-match': second.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('shows a change committed by anyone at once, not after a timeout', async () => {
    await read(organisations);
    expect((await read(organisations)).headers.get('x-cache')).toBe('hit');
    // Written straight to the database, not through a request (nothing tells the cache but the database's
    // notification): PGlite, the one process on its folder, hears it before the insert returns.
    await h.db
      .insert(schema.organisations)
      .values({ slug: 'new-force', name: 'Newly Added Constabulary', kind: 'police_force' });
    const after = await read(organisations);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(await after.text()).toContain('Newly Added Constabulary');
  });

  it('compresses a held reply once and sends the same content in every encoding', async () => {
    const plain = await (await read(organisations)).text();
    for (const encoding of ['br', 'gzip']) {
      for (let i = 0; i < 2; i++) {
        const { headers, bytes } = await raw(h.url(organisations), encoding);
        expect(headers['content-encoding']).toBe(encoding);
        const text = (
          encoding === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes)
        ).toString();
        expect(text).toBe(plain);
      }
    }
  });

  it('sends a held answer with the same headers whichever way it goes out', async () => {
    // A plain GET of a held answer goes out at once (sendHeld); a conditional one takes the general way (send).
    const force = `/trpc/public.organisation?input=${encodeURIComponent(JSON.stringify({ slug: 'force-11' }))}`;
    const asSent = ({ date: _date, 'x-request-id': id, ...rest }: IncomingHttpHeaders) => {
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      return rest;
    };
    for (const encoding of ['identity', 'br', 'gzip']) {
      const first = await raw(h.url(force), encoding);
      // The compressed copy may still be on its way for the second: the third is sent at once.
      await raw(h.url(force), encoding);
      const held = await raw(h.url(force), encoding);
      const conditional = await raw(h.url(force), encoding, { 'if-none-match': '"another"' });
      expect(held.headers['x-cache']).toBe('hit');
      expect(asSent(held.headers)).toEqual(asSent(conditional.headers));
      expect(conditional.bytes).toEqual(held.bytes);
      expect(asSent(held.headers)).toEqual({ ...asSent(first.headers), 'x-cache': 'hit' });
      expect(held.headers['content-security-policy']).toContain("default-src 'self'");
      expect(held.bytes).toEqual(first.bytes);
    }
  });

  it('does not hold answers that involve a signed-in person', async () => {
    const cookie = sessionCookieOf(await h.signIn());
    const mixed = '/trpc/public.organisations,auth.me?batch=1&input=%7B%7D';
    for (let i = 0; i < 2; i++) {
      const res = await read(mixed, { cookie });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-cache')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toContain('editor@example.org');
    }
    // The public answer a signed-in reader gets is the public one: nothing of theirs in it.
    const pub = await read(organisations, { cookie });
    expect(await pub.text()).not.toContain('editor@example.org');
  });

  it.each<Record<string, string>>([
    { accept: 'application/jsonl' },
    { 'trpc-accept': 'application/jsonl' },
  ])(
    'never shares a streamed answer, nor answers a plain reader with one (%o)',
    async (streaming) => {
      const batch = `/trpc/public.organisations?batch=1&input=${encodeURIComponent('{}')}`;
      const plain = await (await read(batch)).text(); // held as JSON
      for (let i = 0; i < 2; i++) {
        const res = await read(batch, streaming);
        expect(await res.text()).not.toBe(plain);
        expect(res.headers.get('x-cache')).toBeNull();
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
      const after = await read(batch);
      expect(after.headers.get('x-cache')).toBe('hit');
      expect(await after.text()).toBe(plain);
      expect(after.headers.get('vary')).toMatch(/trpc-accept/i);
    },
  );

  it('keeps refusals out of the cache', async () => {
    const path = `/trpc/public.organisation?input=${encodeURIComponent(JSON.stringify({ slug: 'no-such-force' }))}`;
    for (let i = 0; i < 2; i++) {
      const res = await read(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('x-cache')).toBe('miss');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('the public cache', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const reply = (text: string, shareable = true): Built => ({
    reply: { status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from(text) },
    shareable,
  });

  it('builds a reply once for everyone who asks at the same time', async () => {
    const cache = new PublicCache(database.db);
    let builds = 0;
    const build = async () => {
      builds++;
      await new Promise((r) => setTimeout(r, 20));
      return reply('page');
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get('k', build)));
    expect(builds).toBe(1);
    expect(answers.every((a) => a.reply.body.toString() === 'page')).toBe(true);
    expect(answers.filter((a) => a.hit)).toHaveLength(19);
  });

  it("never hands one caller's unshareable reply to another", async () => {
    const cache = new PublicCache(database.db);
    let n = 0;
    const build = async () => {
      const mine = `private ${++n}`;
      await new Promise((r) => setTimeout(r, 10));
      return reply(mine, false);
    };
    const answers = await Promise.all([cache.get('k', build), cache.get('k', build)]);
    expect(answers.map((a) => a.reply.body.toString()).sort()).toEqual(['private 1', 'private 2']);
    expect(answers.some((a) => a.hit)).toBe(false);
  });

  it.runIf(testDrivers().includes('postgres'))(
    'never answers a request from a reading of the data taken before the request arrived',
    async () => {
      // As the owner: the probe is a scratch table, which the application role may not create.
      const pg = await createTestDatabase('postgres', { as: 'owner' });
      try {
        await pg.db.execute(sql`create table cache_probe (n int)`);
        // A slow reading: its snapshot is taken when it starts, its answer comes 150 ms later.
        const slow = async (db: Db) => {
          const r: unknown = await db.execute(
            sql`select pg_current_snapshot()::text as g, pg_sleep(0.15)`,
          );
          return (r as { rows: { g: string }[] }).rows[0]!.g;
        };
        const cache = new PublicCache(pg.db, DEFAULT_PUBLIC_CACHE, slow);
        const builds: string[] = [];
        const build = (label: string) => () => {
          builds.push(label);
          return Promise.resolve(reply(label));
        };
        const first = cache.get('k', build('before the write'));
        await new Promise((r) => setTimeout(r, 30));
        await pg.db.execute(sql`insert into cache_probe values (1)`); // acknowledged...
        const second = await cache.get('k', build('after the write')); // ...before this read was sent
        await first;
        expect(second.hit).toBe(false);
        expect(second.reply.body.toString()).toBe('after the write');
        expect(builds).toEqual(['before the write', 'after the write']);
      } finally {
        await pg.close();
      }
    },
  );

  it('lets a failed build fail its caller only, and tries again next time', async () => {
    const cache = new PublicCache(database.db);
    await expect(cache.get('k', () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect((await cache.get('k', () => Promise.resolve(reply('back')))).reply.body.toString()).toBe(
      'back',
    );
  });

  it('keeps within its entry and byte bounds, dropping the least recently used', async () => {
    const cache = new PublicCache(database.db, { maxEntries: 2, maxBytes: 10_000 });
    const build = (text: string) => () => Promise.resolve(reply(text));
    await cache.get('a', build('a'));
    await cache.get('b', build('b'));
    await cache.get('a', build('a')); // a is now the most recent
    await cache.get('c', build('c')); // b goes
    expect((await cache.get('a', build('a'))).hit).toBe(true);
    expect((await cache.get('b', build('b'))).hit).toBe(false);

    const small = new PublicCache(database.db, { maxEntries: 100, maxBytes: 8_000 });
    const big = () => Promise.resolve(reply('x'.repeat(1_500)));
    await small.get('big', big); // over an eighth of the budget: sent, not held
    expect((await small.get('big', big)).hit).toBe(false);
    for (const k of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
      await small.get(k, () => Promise.resolve(reply('y'.repeat(900))));
    expect((await small.get('1', () => Promise.resolve(reply('y'.repeat(900))))).hit).toBe(false);
    expect((await small.get('10', () => Promise.resolve(reply('y'.repeat(900))))).hit).toBe(true);
  });
});
