import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import pg from 'pg';

const require = createRequire(import.meta.url);
const TSX = require.resolve('tsx/cli');
const MAIN = new URL('../../../../apps/server/src/cli/main.ts', import.meta.url).pathname;
/**
 * The CLI through tsx directly (not bin/irr.js, whose spawnSync leaves the server orphaned when
 * the wrapper gets SIGTERM); tsx passes signals on to the server.
 */
const IRR_ARGS = [TSX, '--conditions=@irr/source', MAIN];

/** Where a benchmark's register keeps its data: a fresh PGlite folder, or a fresh PostgreSQL database. */
export interface Store {
  kind: 'pglite' | 'postgres';
  env: Record<string, string>;
  describe: string;
  drop(): Promise<void>;
}

/** One connection to the server DATABASE_URL names, for creating, dropping and describing databases. */
async function asAdmin<T>(base: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A PostgreSQL store's environment, as a deployment's: DATABASE_URL's role migrates
 * (IRR_MIGRATION_DATABASE_URL) and grants `irr_bench_app`, which the server runs as.
 */
function postgresEnv(base: string, database: string): Record<string, string> {
  const owner = new URL(base);
  owner.pathname = `/${database}`;
  const app = new URL(owner);
  app.username = 'irr_bench_app';
  app.password = 'irr-bench';
  return { DATABASE_URL: app.toString(), IRR_MIGRATION_DATABASE_URL: owner.toString() };
}

/**
 * A fresh, empty store. With DATABASE_URL set (and `postgres` not false) a new database is created
 * next to the one it names and dropped afterwards; otherwise a temporary PGlite folder.
 */
export async function freshStore(kind: 'pglite' | 'postgres', name: string): Promise<Store> {
  if (kind === 'postgres') {
    const base = process.env.DATABASE_URL;
    if (!base) throw new Error('DATABASE_URL is not set');
    const database = `irr_bench_${name.replace(/\W/g, '_')}_${process.pid}`;
    await asAdmin(base, async (c) => {
      await c.query(`drop database if exists ${database}`);
      await c.query(`create database ${database}`);
    });
    return {
      kind,
      env: postgresEnv(base, database),
      describe: `PostgreSQL database ${database}`,
      drop: () =>
        asAdmin(base, (c) => c.query(`drop database if exists ${database} with (force)`)).then(
          () => undefined,
        ),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `irr-bench-${name}-`));
  return {
    kind,
    env: { IRR_DATA_DIR: join(dir, 'db'), DATABASE_URL: '' },
    describe: `PGlite in ${dir}`,
    drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

/** A store kept between runs under a fixed name, with a note of what it holds. */
export interface KeptStore {
  store: Store;
  /** What `setMarker` last recorded, or null for a new or unfinished store. */
  marker: string | null;
  setMarker(marker: string): Promise<void>;
  /** Empty it (drop and create again). */
  reset(): Promise<void>;
}

/** Where kept PGlite datasets live (git-ignored). */
const KEPT_DIR = new URL('../../datasets/', import.meta.url).pathname;

/**
 * A store that outlives the run (BENCH_KEEP=1): the database `irr_bench_keep_<name>` next to
 * DATABASE_URL's, or the folder packages/bench/datasets/<name>. Its marker (a comment on the
 * database, a file beside the folder) says what finished loading into it.
 */
export async function keptStore(kind: 'pglite' | 'postgres', name: string): Promise<KeptStore> {
  const safe = name.replace(/\W/g, '_');
  if (kind === 'postgres') {
    const base = process.env.DATABASE_URL;
    if (!base) throw new Error('DATABASE_URL is not set');
    const database = `irr_bench_keep_${safe}`;
    const admin = <T>(fn: (c: pg.Client) => Promise<T>) => asAdmin(base, fn);
    const marker = await admin(async (c) => {
      const r = await c.query<{ marker: string | null }>(
        `select shobj_description(oid, 'pg_database') as marker from pg_database where datname = $1`,
        [database],
      );
      if (r.rowCount === 0) await c.query(`create database ${database}`);
      return r.rows[0]?.marker ?? null;
    });
    return {
      store: {
        kind,
        env: postgresEnv(base, database),
        describe: `PostgreSQL database ${database} (kept)`,
        drop: () => Promise.resolve(),
      },
      marker,
      setMarker: (m) =>
        admin((c) => c.query(`comment on database ${database} is ${c.escapeLiteral(m)}`)).then(
          () => undefined,
        ),
      reset: () =>
        admin(async (c) => {
          await c.query(`drop database if exists ${database} with (force)`);
          await c.query(`create database ${database}`);
        }),
    };
  }
  const dir = join(KEPT_DIR, safe);
  const markerFile = join(KEPT_DIR, `${safe}.json`);
  return {
    store: {
      kind,
      env: { IRR_DATA_DIR: dir, DATABASE_URL: '' },
      describe: `PGlite in ${dir} (kept)`,
      drop: () => Promise.resolve(),
    },
    marker: existsSync(markerFile) ? readFileSync(markerFile, 'utf8') : null,
    setMarker: (m) => Promise.resolve(writeFileSync(markerFile, m)),
    reset: () => {
      rmSync(markerFile, { force: true });
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(KEPT_DIR, { recursive: true });
      return Promise.resolve();
    },
  };
}

/** The stores to run against: PGlite always, PostgreSQL as well when DATABASE_URL is set. */
export function storeKinds(): ('pglite' | 'postgres')[] {
  const only = process.env.BENCH_STORE;
  if (only === 'pglite' || only === 'postgres') return [only];
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface Served {
  url: string;
  pid: number;
  output: string[];
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `irr serve` in its own process on the store, on a free port; resolves once it listens. */
export async function serve(
  store: Store,
  args: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<Served> {
  const output: string[] = [];
  const env = {
    ...process.env,
    IRR_PORT: '0',
    IRR_HOST: '127.0.0.1',
    IRR_LOG_LEVEL: 'warn',
    // The bench is one address measuring throughput: the limits per client address would refuse it.
    IRR_RATE_LIMIT_SIGN_IN: '999999/60',
    IRR_RATE_LIMIT_SEARCH: '999999/60',
    IRR_RATE_LIMIT_OPEN_DATA: '999999/60',
    ...store.env,
    ...extraEnv,
  };
  const child = spawn(process.execPath, [...IRR_ARGS, 'serve', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  createInterface({ input: child.stderr }).on('line', (l) => output.push(l));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`irr serve did not start:\n${output.join('\n')}`)),
      300_000,
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const m = /The register is at (http:\/\/[^/\s]+)\//.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`irr serve exited with ${code}:\n${output.join('\n')}`));
    });
  });
  // The real server process is tsx's child of bin/irr.js; find it for RSS sampling.
  const pid = serverPid(child.pid!);
  return {
    url,
    pid,
    output,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The deepest descendant of `pid` (bin/irr.js → tsx → node running the CLI). */
function serverPid(pid: number): number {
  let current = pid;
  for (let i = 0; i < 5; i++) {
    // Node children only: tsx starts an esbuild service beside the server, which is not it.
    const r = spawnSync('pgrep', ['-P', String(current), '-x', 'node'], { encoding: 'utf8' });
    const next = r.stdout.split('\n').filter(Boolean)[0];
    if (!next) break;
    current = Number(next);
  }
  return current;
}

/**
 * CPU time (user and system) a process has used so far, in ms, from /proc (Linux): a server's CPU per
 * request is steadier than its requests a second on a machine the load generator shares.
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) are space-separated; utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerS = 100; // USER_HZ on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerS;
}

/** Resident set size of a process in MB, from /proc. */
export function rssMb(pid: number): number {
  const r = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return Math.round(Number(r.stdout.trim()) / 1024);
}

/** Run `irr ARGS` on the store; returns its exit status and output. */
/**
 * `irr ARGS` in its own process, with when (ms after the spawn) each stdout line matching `mark` arrived:
 * the CLI writes a line as each record lands, so the gaps are the per-record cost without start-up.
 */
export function cliTimed(
  store: Store,
  args: string[],
  mark: RegExp,
): Promise<{ status: number; stderr: string; ms: number; stamps: number[] }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...IRR_ARGS, ...args], {
    env: { ...process.env, IRR_LOG_LEVEL: 'warn', ...store.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stamps: number[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (mark.test(line)) stamps.push(performance.now() - t0);
  });
  return new Promise((resolve) =>
    child.once('close', (code) =>
      resolve({ status: code ?? 1, stderr, ms: performance.now() - t0, stamps }),
    ),
  );
}

export function cli(store: Store, args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...IRR_ARGS, ...args], {
    env: { ...process.env, IRR_LOG_LEVEL: 'warn', ...store.env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}
