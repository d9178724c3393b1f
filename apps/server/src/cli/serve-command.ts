import { openDatabase, type Database } from '@irr/db';
import { createJsonLogger } from '../http/logger.js';
import { runUntilSignal } from '../http/run-until-signal.js';
import { startServer } from '../http/server.js';
import { parseCommandArgs } from './args.js';
import {
  grantNote,
  migratesAsServer,
  migrationFailure,
  OWNER_FALLBACK_WARNING,
  servingRoleRefusal,
} from './database-roles.js';
import type { CliIo, CliOptions } from './main.js';
import { describeDatabase, loadCliConfig, openFailure } from './open-database.js';
import { loadDemo } from './seed-demo-command.js';
import { isServeWorker, serveAsWorker, superviseWorkers, workerCount } from './serve-workers.js';

const USAGE = `Usage: irr serve [--demo] [--passwords-file FILE] [--workers N|auto]
  Migrates the database and serves the register until stopped (Ctrl-C or SIGTERM).
  --demo loads the demo data on the first run and prints the demo users' passwords once.
  --workers N serves from N processes sharing the port (auto: one per core; default 1), on PostgreSQL
  only: migrations run once before they start, and a worker that dies is started again.
  On PostgreSQL it refuses to serve as a superuser or an owner of the tables: DATABASE_URL names the
  application role, IRR_MIGRATION_DATABASE_URL the owner that migrates (see irr migrate --help).
`;

/** `irr serve`: migrate, load the demo on first run with --demo, then serve until a signal. */
export async function serveCommand(
  args: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  const parsed = parseCommandArgs(io, USAGE, {
    args: [...args],
    options: {
      demo: { type: 'boolean' },
      'passwords-file': { type: 'string' },
      workers: { type: 'string' },
    },
  });
  if (!parsed) return 2;
  const config = loadCliConfig(io);
  if (!config) return 2;
  if (isServeWorker(io.env)) return serveAsWorker(config, io);
  const workers = workerCount(parsed.values.workers);
  if (workers === null) {
    io.err(`irr serve: --workers must be a number from 1 to 256 or auto\n\n${USAGE}`);
    return 2;
  }
  if (workers > 1 && (options.database?.kind ?? config.database.kind) !== 'postgres') {
    io.err(
      `irr serve --workers ${parsed.values.workers}: several server processes need PostgreSQL (set DATABASE_URL). ` +
        'The embedded database is held by one process, so it is served by one: leave out --workers.\n',
    );
    return 2;
  }
  if (workers > 1 && options.database) {
    io.err(
      'irr serve --workers: each worker opens DATABASE_URL itself, not a database passed in.\n',
    );
    return 2;
  }
  const owned = !options.database;
  let database: Database;
  try {
    database = options.database ?? (await openDatabase(config.database));
  } catch (e) {
    io.err(`${openFailure(e, config.database)}\n`);
    return 1;
  }
  try {
    let outcome;
    try {
      outcome = await database.migrate();
    } catch (e) {
      io.err(
        `Migrating ${describeDatabase(config.database)} failed: ${migrationFailure(e, config.database)}\n`,
      );
      throw new Stop(1);
    }
    if (outcome.applied > 0) {
      if (!options.database && migratesAsServer(config.database)) io.err(OWNER_FALLBACK_WARNING);
      io.out(
        `Applied ${outcome.applied} migration${outcome.applied === 1 ? '' : 's'} to ${describeDatabase(config.database)}.\n`,
      );
    }
    io.out(grantNote(outcome));
    if (await servingRoleRefusal(database, io)) throw new Stop(1);
    if (parsed.values.demo) {
      const code = await loadDemo(database.db, io, parsed.values['passwords-file']);
      if (code !== 0) throw new Stop(code);
    }
  } catch (e) {
    if (owned) await database.close();
    if (e instanceof Stop) return e.code;
    throw e;
  }
  if (workers > 1) {
    // Migrated once, here; each worker opens its own connections.
    await database.close();
    return superviseWorkers({
      count: workers,
      config,
      io,
      ...(options.signals && { signals: options.signals }),
    });
  }
  const logger = createJsonLogger({ level: config.logLevel, write: (line) => io.out(`${line}\n`) });
  // Once started, the server owns the database it opened and closes it on shutdown.
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ config, database, ownsDatabase: owned, logger });
  } catch (e) {
    if (owned) await database.close();
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      `Could not listen on ${config.host}:${config.port}: ${code === 'EADDRINUSE' ? 'something else is using that port (set IRR_PORT to another)' : (e as Error).message}\n`,
    );
    return 1;
  }
  io.out(
    `The register is at ${server.url}/ (staff sign in at ${server.url}/admin/). Stop it with Ctrl-C.\n`,
  );
  await runUntilSignal(server, { logger, ...(options.signals && { source: options.signals }) });
  return 0;
}

class Stop extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
