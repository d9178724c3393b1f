import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicGeneration, type Db, type PublicGenerationWatch } from '@irr/db';
import { PublicGenerationSource } from './public-generation.js';
import { holdReply, send, sendHeld, type HeldReply } from './send.js';

/** A public reply as it is sent to everyone who asks for the same thing. */
export interface PublicReply {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** A reply held by the cache: its ETag, compressed bodies and headers are made once, not per request. */
export type CachedReply = HeldReply;

/** What building a reply gave: shared only when `shareable` (no cookies, nothing per person). */
export interface Built {
  reply: PublicReply;
  shareable: boolean;
}

export interface PublicCacheOptions {
  /** Bodies held at most (identity bytes; their br/gzip copies, a fraction of that, come on top). */
  maxBytes: number;
  maxEntries: number;
}

export const DEFAULT_PUBLIC_CACHE: PublicCacheOptions = {
  maxBytes: 64 * 2 ** 20,
  maxEntries: 5_000,
};

type Entry = Promise<CachedReply | null>;

/**
 * Public replies (the portal's pages and files, the `public.*` queries) held until something public is
 * committed: the public generation (migration 0014) moves with published records, their findings and
 * public updates, versions, organisations and reports, and not with sign-ins, internal updates or drafts.
 * Everyone gets the same bytes for the same request while the data is unchanged, so a request answered from
 * here costs a map look-up instead of its queries, output validation, rendering, hashing and compression.
 * Concurrent misses for one key build it once. Bounded by entries and bytes, least recently used out first;
 * emptied when the data changes.
 *
 * How it knows the generation: with a watch (the server's), from the notifications each public commit sends
 * (migration 0015), so a hit costs no database round trip; PGlite hears them before the write returns, so it is
 * exact. On PostgreSQL another process's commit is seen once its notification arrives (measured by `pnpm bench
 * staleness`); this process's own writes are seen at once, since after each one (`noteWrite`) the next read
 * reads the generation itself. While the watch's connection is down, and without a watch, every wave of
 * requests reads it (one shared round trip).
 */
export class PublicCache {
  private generation: string | null = null;
  private readonly entries = new Map<string, Entry>();
  /** The entries whose reply is built, for answering without waiting (`peek`). */
  private readonly built = new Map<string, CachedReply>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  private readonly source: PublicGenerationSource;

  constructor(
    db: Db,
    private readonly options: PublicCacheOptions = DEFAULT_PUBLIC_CACHE,
    /** How the public generation is read; tests slow it down to catch a reading that began too early. */
    generation: (db: Db) => Promise<string> = publicGeneration,
    /** The notified generation; without it every wave of requests reads it. */
    watch: PublicGenerationWatch | null = null,
  ) {
    this.source = new PublicGenerationSource(() => generation(db), watch);
  }

  /**
   * Call when a write of this process has finished and before it is acknowledged: the next read does not
   * trust the notifications until it has read the generation itself, so it sees the write.
   */
  noteWrite(): void {
    this.source.noteWrite();
  }

  /**
   * The reply held for `key` when it can be given at once: the generation is known without asking (heard
   * from the watch) and the reply is built. Else null, and `get` answers. Most hits come this way, without
   * a promise between the request and its bytes.
   */
  peek(key: string): CachedReply | null {
    const generation = this.source.known();
    if (generation === null) return null;
    if (generation !== this.generation) {
      this.clear(generation);
      return null;
    }
    const reply = this.built.get(key);
    if (!reply) return null;
    // Least recently used goes first: Map order is insertion order.
    const entry = this.entries.get(key)!;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return reply;
  }

  /**
   * The reply for `key` as of now: from the cache when it was built from the current data, else
   * built (once for everyone asking at the same time). `hit` says which.
   */
  async get(
    key: string,
    build: () => Promise<Built>,
  ): Promise<Built & { hit: boolean; held?: CachedReply }> {
    const generation = await this.source.read();
    if (generation !== this.generation) this.clear(generation);
    const held = this.entries.get(key);
    if (held) {
      // Least recently used goes first: Map order is insertion order.
      this.entries.delete(key);
      this.entries.set(key, held);
      const reply = await held.catch(() => null);
      if (reply) return { reply, shareable: true, hit: true, held: reply };
      // The build it joined failed or was not for sharing: build its own.
      return { ...(await build()), hit: false };
    }
    let own: Built | undefined;
    const entry: Entry = build().then((built) => {
      own = built;
      // One very large download (a national CSV) would push out hundreds of pages: not held.
      const fits = built.reply.body.length <= this.options.maxBytes / 8;
      return built.shareable && fits ? holdReply(built.reply) : null;
    });
    this.entries.set(key, entry);
    try {
      const reply = await entry;
      if (!reply) {
        if (this.entries.get(key) === entry) this.entries.delete(key);
        return { ...own!, hit: false };
      }
      // The key is held too, and a query string can make it long.
      if (this.entries.get(key) === entry) {
        this.built.set(key, reply);
        this.account(key, reply.body.length + key.length * 2);
      }
      return { reply, shareable: true, hit: false, held: reply };
    } catch (e) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw e;
    }
  }

  private clear(generation: string): void {
    this.generation = generation;
    this.entries.clear();
    this.built.clear();
    this.sizes.clear();
    this.bytes = 0;
  }

  private account(key: string, size: number): void {
    this.sizes.set(key, size);
    this.bytes += size;
    while (
      (this.bytes > this.options.maxBytes || this.entries.size > this.options.maxEntries) &&
      this.entries.size > 0
    ) {
      const oldest = this.entries.keys().next().value!;
      this.entries.delete(oldest);
      this.built.delete(oldest);
      this.bytes -= this.sizes.get(oldest) ?? 0;
      this.sizes.delete(oldest);
    }
  }
}

const HIT = ['x-cache', 'hit'];

/**
 * Answer at once from what the cache holds for `key`, when it holds it and `sendHeld` can send it; false,
 * having sent nothing, otherwise. For the server's hottest reads, before any other work on the request;
 * `extra` is lists of the name-value pairs every reply carries (security headers, the request id).
 */
export function sendHit(
  req: IncomingMessage,
  res: ServerResponse,
  cache: PublicCache,
  key: string,
  ...extra: (readonly string[])[]
): boolean {
  const held = cache.peek(key);
  return held !== null && sendHeld(req, res, held, HIT, ...extra);
}

/**
 * Send the public reply for `key`: from the cache when there is one (saying `x-cache: hit|miss`),
 * else built for this request alone. Shareable replies get an ETag.
 */
export async function sendPublic(
  req: IncomingMessage,
  res: ServerResponse,
  cache: PublicCache | null | undefined,
  key: string,
  build: () => Promise<Built>,
): Promise<void> {
  if (!cache) {
    const { reply, shareable } = await build();
    await send(req, res, { ...reply, etag: shareable });
    return;
  }
  const ready = cache.peek(key);
  if (ready) {
    if (sendHeld(req, res, ready, HIT)) return;
    res.setHeader('x-cache', 'hit');
    await send(req, res, { ...ready, etag: true, held: ready });
    return;
  }
  const { reply, shareable, hit, held } = await cache.get(key, build);
  res.setHeader('x-cache', hit ? 'hit' : 'miss');
  await send(req, res, { ...reply, etag: shareable, held });
}
