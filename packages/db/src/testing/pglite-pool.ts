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

// Session state a test may have left (settings, a role, prepared statements, temporary tables, advisory
// locks). Not DISCARD ALL: its UNLISTEN would silence PGlite's listeners, which it re-registers only once.
const RESET_SESSION = `SET SESSION AUTHORIZATION DEFAULT; RESET ALL; DEALLOCATE ALL; DISCARD TEMP;
  DISCARD SEQUENCES; SELECT pg_advisory_unlock_all();`;

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_%'`;

// Any table, column, index, function, trigger (or its enabling) or constraint added, dropped or changed.
const SCHEMA_FINGERPRINT = `SELECT md5(concat_ws('|',
  (SELECT string_agg(concat(c.oid, c.relname, c.relkind, c.relnatts), ',' ORDER BY c.oid)
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS}),
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
     WHERE c.relkind IN ('r', 'p') AND ${USER_SCHEMAS}
     GROUP BY n.nspname, c.relname ORDER BY 1`);
  const statements = [
    'SET session_replication_role = replica',
    `TRUNCATE ${tables.rows.map((t) => t.name).join(', ')}`,
  ];
  for (const { name, columns } of tables.rows) {
    const list = columns.map(quoteIdent).join(', ');
    const { rows } = await client.query<{ rows: string | null }>(
      `SELECT json_agg(t)::text AS rows FROM (SELECT ${list} FROM ${name}) t`,
    );
    if (!rows[0]?.rows) continue;
    statements.push(
      `INSERT INTO ${name} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(null::${name}, ${dollarQuoted(rows[0].rows)})`,
    );
  }
  const sequences = await client.query<{ name: string; last: string | null; called: boolean }>(`
    SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS last,
           last_value IS NOT NULL AS called
      FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`);
  for (const { name, last } of sequences.rows) {
    statements.push(
      last === null
        ? `ALTER SEQUENCE ${name} RESTART`
        : `SELECT setval('${name.replaceAll("'", "''")}', ${last}, true)`,
    );
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
  const { restore, schema } = await snapshot;
  let closed = false;
  return pgliteDatabase(
    usableUntilClosed(client, () => closed),
    async () => {
      if (closed) return;
      closed = true;
      const kept = idle.get(dump) ?? [];
      if (kept.length < KEEP_IDLE && (await putBack(client, restore, schema))) {
        kept.push(client);
        idle.set(dump, kept);
      } else {
        await client.close();
      }
    },
  );
}

/**
 * The client as its test sees it: closed once the test closes it, as a database of its own would be, so a
 * handle kept after closing fails instead of reaching the next test's database.
 */
function usableUntilClosed(client: PGlite, isClosed: () => boolean): PGlite {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'closed') return isClosed() || value;
      if (typeof value !== 'function') return value;
      // Bound to the client itself: PGlite's private fields are not reachable through a proxy.
      return (...args: unknown[]) => {
        if (isClosed()) throw new Error('PGlite is closed');
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Resets a database its test is done with; false when it cannot be reused. */
async function putBack(client: PGlite, restore: string, schema: string): Promise<boolean> {
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
