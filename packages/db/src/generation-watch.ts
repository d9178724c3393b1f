import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The channel the generation triggers notify on (migration 0015), with the new value as the payload. */
const CHANNEL = 'irr_public_generation';
const READ = 'select value::text as g from public_generation where id = 1';

/**
 * The public generation as this process hears of it, without asking the database each time: the triggers
 * of migration 0015 notify every commit that advances it, and a listener keeps the latest value.
 */
export interface PublicGenerationWatch {
  /**
   * The generation as of the last notification, or null when the notifications cannot be trusted (the
   * listening connection is down, or back but not yet caught up): read the database then.
   */
  current(): string | null;
  /** A generation this process read itself (after a write of its own): kept if newer than the notified one. */
  saw(generation: string): void;
  /**
   * PGlite: this process's writes (the only ones, as it holds the folder) are heard before the write's own
   * promise resolves, so a read after a write needs no reading of its own. PostgreSQL: false, the
   * notification comes over another connection, a moment later.
   */
  readonly exact: boolean;
  close(): Promise<void>;
}

export interface PublicGenerationWatchOptions {
  /** Told when the listening connection goes down (with why) and when it is back and caught up. */
  onState?: (state: 'up' | 'down', error?: unknown) => void;
  /** The first wait before reconnecting; doubled after each failure up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /**
   * How often the listening connection reads the generation itself: a connection that died without
   * saying so (a network cut, no reset) is found when this reading does not come back in time.
   */
  heartbeatMs?: number;
}

/** The larger of two generations (decimal bigints), either possibly unknown. */
function newer(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return BigInt(b) > BigInt(a) ? b : a;
}

/** PostgreSQL: a connection of its own, LISTENing, reconnected whenever it fails. */
export function watchPostgres(
  url: string,
  options: PublicGenerationWatchOptions = {},
): PublicGenerationWatch {
  const { onState, retryMs = 100, maxRetryMs = 5_000, heartbeatMs = 10_000 } = options;
  let client: pg.Client | null = null;
  /** Known only while the connection listens and has read the generation since it began to. */
  let value: string | null = null;
  /** Notifications heard while catching up: they may be newer than the reading. */
  let heard: string | null = null;
  let reported: 'up' | 'down' | null = null;
  let delay = retryMs;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let closed = false;

  const report = (state: 'up' | 'down', error?: unknown) => {
    if (reported === state) return;
    reported = state;
    onState?.(state, error);
  };

  function down(c: pg.Client, error?: unknown): void {
    if (client !== c) return;
    client = null;
    value = null;
    heard = null;
    clearInterval(heartbeat);
    c.end().catch(() => undefined);
    if (closed) return;
    report('down', error);
    retry = setTimeout(() => void connect(), delay);
    retry.unref();
    delay = Math.min(delay * 2, maxRetryMs);
  }

  async function connect(): Promise<void> {
    const c = new pg.Client({
      connectionString: url,
      application_name: 'irr public generation',
      keepAlive: true,
    });
    client = c;
    c.on('error', (e) => down(c, e));
    c.on('end', () => down(c, new Error('the listening connection ended')));
    c.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload || client !== c) return;
      if (value === null) heard = newer(heard, n.payload);
      else value = newer(value, n.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      // Read after LISTEN: a commit before the reading is in it, one after it is notified.
      const { rows } = await c.query<{ g: string }>(READ);
      if (client !== c) return;
      value = newer(rows[0]!.g, heard);
      heard = null;
      delay = retryMs;
      report('up');
      let pending = false;
      heartbeat = setInterval(() => {
        if (pending) return down(c, new Error('the listening connection stopped answering'));
        pending = true;
        c.query<{ g: string }>(READ).then(
          ({ rows: [row] }) => {
            pending = false;
            if (client === c && value !== null) value = newer(value, row!.g);
          },
          (e: unknown) => down(c, e),
        );
      }, heartbeatMs);
      heartbeat.unref();
    } catch (e) {
      down(c, e);
    }
  }

  void connect();
  return {
    current: () => value,
    saw: (generation) => {
      if (value !== null) value = newer(value, generation);
    },
    exact: false,
    close: async () => {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const c = client;
      client = null;
      value = null;
      await c?.end().catch(() => undefined);
    },
  };
}

/** PGlite: LISTEN in-process; its listeners run before the query that committed resolves. */
export function watchPglite(client: PGlite): PublicGenerationWatch {
  let value: string | null = null;
  let heard: string | null = null;
  const listening = client.listen(CHANNEL, (payload) => {
    if (value === null) heard = newer(heard, payload);
    else value = newer(value, payload);
  });
  const caughtUp = listening
    .then(() => client.query<{ g: string }>(READ))
    .then(({ rows }) => {
      value = newer(rows[0]!.g, heard);
    });
  // Until then current() is null and readers read the generation themselves.
  caughtUp.catch(() => undefined);
  return {
    current: () => value,
    saw: (generation) => {
      if (value !== null) value = newer(value, generation);
    },
    exact: true,
    close: async () => {
      value = null;
      await caughtUp.catch(() => undefined);
      const unlisten = await listening.catch(() => null);
      await unlisten?.().catch(() => undefined);
    },
  };
}
