import { pathToFileURL } from 'node:url';
import type { Database } from '@irr/db';
import type { SignalSource } from '../http/run-until-signal.js';
import { parseCommand } from './parse-command.js';
import { processIo } from './process-io.js';

const USAGE = `Usage: irr <command> [options]

Commands:
  parse FILE [--json]   Read a Word document (.docx), PDF, saved web page or record text file, told
                        apart by content; print its records as a summary, or as JSON with --json.
                        Exits 1 when the file has errors, listing each with its line (and page/paragraph).
  migrate               Create or update the database's tables; on PostgreSQL as IRR_MIGRATION_DATABASE_URL's
                        role, granting DATABASE_URL's role (the server's) rows only.
  create-user --email E --role viewer|editor|approver|admin --org SLUG [--name N]
                        Add a member of staff, or give an existing one a role in another organisation.
                        The password comes from IRR_PASSWORD or is asked for; never an argument.
  create-organisation --slug S --name N --kind police_force|fire_service [--alias A]...
                        Add an organisation that is not on the reference list of forces and services.
  disable-account --email E | enable-account --email E
                        End an account's sign-in and sessions in every organisation, or allow it again.
                        (An organisation's admin disables only its own membership, in the admin app.)
  import FILE... --as EMAIL [--dry-run]
                        Import the response records of Word documents, PDFs, web pages or record text;
                        each record in its own transaction. EMAIL is the drafts' author, who may
                        not approve them (not needed for --dry-run).
  export (--record ID | --all) [--format text|json] [--out FILE]
                        Write records in the record format (or JSON).
  notify --now          Send what is due now: each person's digest for this period and every queued mail
                        (by SMTP with IRR_SMTP_URL, else to the data folder's outbox). The server does
                        this by itself every minute.
  seed-demo [--passwords-file FILE]
                        Load the demo data and demo users (once; skipped when already loaded).
  serve [--demo] [--passwords-file FILE] [--workers N|auto]
                        Migrate, load the demo data on first run with --demo, and start the server;
                        --workers N (PostgreSQL only) serves from N processes, auto one per core.

The database is PostgreSQL when DATABASE_URL is set, else the embedded one in IRR_DATA_DIR (default ./data).
On PostgreSQL, DATABASE_URL names the application role (serve refuses a superuser or an owner of the tables)
and IRR_MIGRATION_DATABASE_URL the owner role that migrates.
`;

/** The `irr` command line. Returns the exit code so tests can call it without a process. */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo,
  options: CliOptions = {},
): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'parse':
      return parseCommand(rest, io);
    // The database commands load on demand: `parse` needs neither a database nor the server.
    case 'migrate':
      return (await import('./migrate-command.js')).migrateCommand(rest, io, options);
    case 'create-user':
      return (await import('./create-user-command.js')).createUserCommand(rest, io, options);
    case 'create-organisation':
      return (await import('./create-organisation-command.js')).createOrganisationCommand(
        rest,
        io,
        options,
      );
    case 'disable-account':
    case 'enable-account':
      return (await import('./account-command.js')).accountCommand(command, rest, io, options);
    case 'import':
      return (await import('./import-command.js')).importCommand(rest, io, options);
    case 'export':
      return (await import('./export-command.js')).exportCommand(rest, io, options);
    case 'notify':
      return (await import('./notify-command.js')).notifyCommand(rest, io, options);
    case 'seed-demo':
      return (await import('./seed-demo-command.js')).seedDemoCommand(rest, io, options);
    case 'serve':
      return (await import('./serve-command.js')).serveCommand(rest, io, options);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`irr: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The file's bytes as they are on disk: the codec works out their encoding. */
  readFile(path: string): Promise<Uint8Array>;
  /** `mode` is applied even when the file already exists (a passwords file must stay private). */
  writeFile(path: string, text: string, options?: { mode?: number }): Promise<void>;
  env: Readonly<Record<string, string | undefined>>;
  /** Ask for a secret on the terminal without echoing it; null when there is no terminal to ask. */
  readSecret(prompt: string): Promise<string | null>;
}

export interface CliOptions {
  /** Use this database instead of the one the environment names; the command neither migrates nor closes it. */
  database?: Database;
  /** Where `serve` listens for SIGTERM and SIGINT (the process by default). */
  signals?: SignalSource;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
