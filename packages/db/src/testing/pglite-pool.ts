import { PGlite } from '@electric-sql/pglite';
import { pgliteDatabase, type Database } from '../connection.js';

/**
 * PGlite databases a test worker reuses. Starting one from a dump costs a second or more of CPU (the WASM
 * instance and the data folder's unpacking), and a package's tests start one or more per test; putting
 * the rows of a closed one back as the dump had them costs a few milliseconds. A database goes back to the
 * pool when its test closes it, and is only reused when its schema is still the dump's: a test that changed
 * the schema (or left it unusable) gets its database closed for real.
 */

/** What a dump holds, read once from a database just loaded from it. */
interface Snapshot {
  /** Puts every table's rows and every sequence back as the dump had them. */
  restore: string;
  /** The schema's fingerprint, to tell a database still fit to reuse. */
  schema: string;
}

const snapshots = new WeakMap<Blob, Promise<Snapshot>>();
const idle = new Map<Blob, PGlite[]>();
/** Idle databases kept per dump; a test that holds more at once gets the rest started. */
const KEEP_IDLE = 3;

// Session state a test may have left (settings, a role, prepared statements, held cursors, temporary tables,
// advisory locks). Not DISCARD ALL: its UNLISTEN would silence PGlite's listeners, which it re-registers only
// once (the pool removes the test's own listeners itself).
const RESET_SESSION = `SET SESSION AUTHORIZATION DEFAULT; RESET ALL; DEALLOCATE ALL; CLOSE ALL; DISCARD TEMP;
  DISCARD SEQUENCES; SELECT pg_advisory_unlock_all();`;

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_%'`;

// Any schema, table, column (or its default), index, view, type, function, trigger (or its enabling),
// constraint, rule, policy, privilege or role added, dropped or changed.
const SCHEMA_FINGERPRINT = `SELECT md5(concat_ws('|',
  (SELECT string_agg(concat(c.oid, c.relname, c.relkind, c.relnatts, c.relacl, c.relrowsecurity), ',' ORDER BY c.oid)
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS}),
  (SELECT string_agg(concat(oid, nspname, nspacl), ',' ORDER BY oid) FROM pg_namespace),
  (SELECT string_agg(concat(d.adrelid, d.adnum, pg_get_expr(d.adbin, d.adrelid)), ',' ORDER BY d.adrelid, d.adnum)
     FROM pg_attrdef d),
  (SELECT string_agg(concat(t.oid, t.typname), ',' ORDER BY t.oid)
     FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE ${USER_SCHEMAS}),
  (SELECT string_agg(concat(oid, enumlabel), ',' ORDER BY oid) FROM pg_enum),
  (SELECT string_agg(concat(r.oid, md5(r.ev_action::text)), ',' ORDER BY r.oid)
     FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${USER_SCHEMAS}),
  (SELECT string_agg(oid::text, ',' ORDER BY oid) FROM pg_policy),
  (SELECT string_agg(concat(a.attrelid, a.attname, a.atttypid, a.attnotnull, a.attisdropped), ',' ORDER BY a.attrelid, a.attnum)
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${USER_SCHEMAS} AND a.attnum > 0),
  (SELECT string_agg(concat(p.oid, md5(p.prosrc)), ',' ORDER BY p.oid)
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_SCHEMAS}),
  (SELECT string_agg(concat(t.oid, t.tgenabled), ',' ORDER BY t.oid) FROM pg_trigger t),
  (SELECT string_agg(oid::text, ',' ORDER BY oid) FROM pg_constraint),
  (SELECT string_agg(oid::text, ',' ORDER BY oid) FROM pg_authid)
)) AS fingerprint`;

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A dollar-quoted literal whose tag the text does not contain. */
function dollarQuoted(text: string): string {
  let tag = 'rows';
  while (text.includes(`$${tag}$`)) tag += '_';
  return `$${tag}$${text}$${tag}$`;
}

async function takeSnapshot(client: PGlite): Promise<Snapshot> {
  const tables = await client.query<{ name: string; columns: string[] }>(`
    SELECT format('%I.%I', n.nspname, c.relname) AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind = 'r' AND ${USER_SCHEMAS}
     GROUP BY n.nspname, c.relname ORDER BY 1`);
  const statements = [
    'SET session_replication_role = replica',
    `TRUNCATE ONLY ${tables.rows.map((t) => t.name).join(', ')}`,
  ];
  for (const { name, columns } of tables.rows) {
    const list = columns.map(quoteIdent).join(', ');
    const { rows } = await client.query<{ rows: string | null }>(
      `SELECT json_agg(t)::text AS rows FROM (SELECT ${list} FROM ONLY ${name}) t`,
    );
    if (!rows[0]?.rows) continue;
    statements.push(
      `INSERT INTO ${name} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(null::${name}, ${dollarQuoted(rows[0].rows)})`,
    );
  }
  const sequences = await client.query<{ name: string }>(`
    SELECT format('%I.%I', n.nspname, c.relname) AS name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'S' AND ${USER_SCHEMAS}`);
  for (const { name } of sequences.rows) {
    const { rows } = await client.query<{ last: string; called: boolean }>(
      `SELECT last_value::text AS last, is_called AS called FROM ${name}`,
    );
    const { last, called } = rows[0]!;
    statements.push(`SELECT setval('${name.replaceAll("'", "''")}', ${last}, ${called})`);
  }
  statements.push('SET session_replication_role = DEFAULT');
  const { rows } = await client.query<{ fingerprint: string }>(SCHEMA_FINGERPRINT);
  return { restore: `${statements.join(';\n')};`, schema: rows[0]!.fingerprint };
}

/** A database holding what `dump` holds: an idle one of this worker's put back as it was, or a new one. */
export async function openPooledPglite(dump: Blob): Promise<Database> {
  const client = idle.get(dump)?.pop() ?? (await PGlite.create({ loadDataDir: dump }));
  let snapshot = snapshots.get(dump);
  if (!snapshot) {
    snapshot = takeSnapshot(client);
    snapshots.set(dump, snapshot);
  }
  let restore: string;
  let schema: string;
  try {
    ({ restore, schema } = await snapshot);
  } catch (e) {
    // The next test tries again rather than inherit this failure.
    if (snapshots.get(dump) === snapshot) snapshots.delete(dump);
    await client.close();
    throw e;
  }
  let closed = false;
  const listening: (() => Promise<void>)[] = [];
  return pgliteDatabase(
    usableUntilClosed(client, () => closed, listening),
    async () => {
      if (closed) return;
      closed = true;
      // The test's listeners go with it: a later notification must not reach them.
      await Promise.all(listening.map((stop) => stop().catch(() => undefined)));
      let kept = idle.get(dump);
      if (!kept) idle.set(dump, (kept = []));
      const reusable = kept.length < KEEP_IDLE && (await putBack(client, restore, schema));
      // Another database of this dump may have been put back meanwhile.
      if (reusable && kept.length < KEEP_IDLE) kept.push(client);
      else await client.close();
    },
  );
}

/**
 * The client as its test sees it: closed once the test closes it, as a database of its own would be, so a
 * handle kept after closing fails instead of reaching the next test's database. Its listeners are recorded
 * in `listening` so the pool can stop them; stopping one late, after the pool did, does nothing.
 */
function usableUntilClosed(
  client: PGlite,
  isClosed: () => boolean,
  listening: (() => Promise<void>)[],
): PGlite {
  const recorded = (unlisten: () => Promise<void>) => {
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await unlisten();
    };
    listening.push(stop);
    return stop;
  };
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'closed') return isClosed() || value;
      if (typeof value !== 'function') return value;
      // Bound to the client itself: PGlite's private fields are not reachable through a proxy.
      const call = (...args: unknown[]) => {
        if (isClosed()) throw new Error('PGlite is closed');
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
      if (property === 'listen')
        return async (...args: unknown[]) => recorded((await call(...args)) as () => Promise<void>);
      if (property === 'onNotification')
        return (...args: unknown[]) => {
          const off = call(...args) as () => void;
          return recorded(() => Promise.resolve(off()));
        };
      return call;
    },
  });
}

/** Resets a database its test is done with; false when it cannot be reused. */
async function putBack(client: PGlite, restore: string, schema: string): Promise<boolean> {
  // A transaction the test left open would swallow the reset (and the next test with it).
  if (client.isInTransaction()) return false;
  try {
    await client.exec(RESET_SESSION);
    const { rows } = await client.query<{ fingerprint: string }>(SCHEMA_FINGERPRINT);
    if (rows[0]!.fingerprint !== schema) return false;
    await client.exec(restore);
    return true;
  } catch {
    return false;
  }
}
