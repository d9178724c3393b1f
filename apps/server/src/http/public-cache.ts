import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicGeneration, type Db } from '@irr/db';
import type { Encoding } from './compression.js';
import { etagOf, send } from './send.js';

/** A public reply as it is sent to everyone who asks for the same thing. */
export interface PublicReply {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** A reply held by the cache: its ETag and compressed bodies are made once, not per request. */
export interface CachedReply extends PublicReply {
  etag: string;
  encoded: Map<Encoding, Promise<Buffer>>;
}

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

/**
 * The public generation, read at most once per round trip however many requests want it, and never
 * from a reading that began before the request arrived: a request that finds a reading in flight
 * waits for the next one, so a write acknowledged before a read was sent is always seen by it.
 */
class GenerationProbe {
  private inFlight: Promise<string> | null = null;
  private next: Promise<string> | null = null;

  constructor(private readonly generation: () => Promise<string>) {}

  read(): Promise<string> {
    if (!this.inFlight) return this.start();
    this.next ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.start();
      });
    return this.next;
  }

  private start(): Promise<string> {
    const p = this.generation().finally(() => {
      if (this.inFlight === p) this.inFlight = null;
    });
    this.inFlight = p;
    return p;
  }
}

type Entry = Promise<CachedReply | null>;

/**
 * Public replies (the portal's pages and files, the `public.*` queries) held until something public is
 * committed: the public generation (migration 0014) moves with published records, their findings and
 * public updates, versions, organisations and reports, and not with sign-ins, internal updates or drafts. Everyone gets the same bytes for the same request while the
 * data is unchanged, so a request answered from here costs one shared snapshot probe instead of its queries, output
 * validation, rendering, hashing and compression. Concurrent misses for one key build it once.
 * Bounded by entries and bytes, least recently used out first; emptied when the data changes.
 */
export class PublicCache {
  private generation: string | null = null;
  private readonly entries = new Map<string, Entry>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  private readonly probe: GenerationProbe;

  constructor(
    db: Db,
    private readonly options: PublicCacheOptions = DEFAULT_PUBLIC_CACHE,
    /** How the public generation is read; tests slow it down to catch a reading that began too early. */
    generation: (db: Db) => Promise<string> = publicGeneration,
  ) {
    this.probe = new GenerationProbe(() => generation(db));
  }

  /**
   * The reply for `key` as of now: from the cache when it was built from the current data, else
   * built (once for everyone asking at the same time). `hit` says which.
   */
  async get(
    key: string,
    build: () => Promise<Built>,
  ): Promise<Built & { hit: boolean; held?: CachedReply }> {
    const generation = await this.probe.read();
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
      return built.shareable && fits ? hold(built.reply) : null;
    });
    this.entries.set(key, entry);
    try {
      const reply = await entry;
      if (!reply) {
        if (this.entries.get(key) === entry) this.entries.delete(key);
        return { ...own!, hit: false };
      }
      // The key is held too, and a query string can make it long.
      if (this.entries.get(key) === entry) this.account(key, reply.body.length + key.length * 2);
      return { reply, shareable: true, hit: false, held: reply };
    } catch (e) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw e;
    }
  }

  private clear(generation: string): void {
    this.generation = generation;
    this.entries.clear();
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
      this.bytes -= this.sizes.get(oldest) ?? 0;
      this.sizes.delete(oldest);
    }
  }
}

function hold(reply: PublicReply): CachedReply {
  return { ...reply, etag: etagOf(reply.body), encoded: new Map() };
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
  const { reply, shareable, hit, held } = await cache.get(key, build);
  await send(req, res, {
    ...reply,
    headers: { ...reply.headers, 'x-cache': hit ? 'hit' : 'miss' },
    etag: shareable,
    held: held && { etag: held.etag, encoded: held.encoded },
  });
}
