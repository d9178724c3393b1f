import type { Db } from '@irr/db';
import { DemoRefusedError, seedDemo, type SeedDemoResult } from '../demo/seed-demo.js';
import { parseCommandArgs } from './args.js';
import type { CliIo, CliOptions } from './main.js';
import { withDatabase } from './open-database.js';

const USAGE = `Usage: irr seed-demo [--passwords-file FILE]
  Loads the demo forces, records and users into an empty register, once. The demo users'
  passwords are printed once; --passwords-file also writes them to FILE, readable only by you.
`;

/** `irr seed-demo`: load the demo data once; a second run changes nothing. */
export async function seedDemoCommand(
  args: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  const parsed = parseCommandArgs(io, USAGE, {
    args: [...args],
    options: { 'passwords-file': { type: 'string' } },
  });
  if (!parsed) return 2;
  return withDatabase(io, options, ({ db }) => loadDemo(db, io, parsed.values['passwords-file']));
}

/** Load the demo and report it; shared with `irr serve --demo`. Returns the exit code. */
export async function loadDemo(
  db: Db,
  io: CliIo,
  passwordsFile: string | undefined,
): Promise<number> {
  let result: SeedDemoResult;
  try {
    result = await seedDemo(db);
  } catch (e) {
    if (!(e instanceof DemoRefusedError)) throw e;
    io.err(`irr seed-demo: ${e.message}\n`);
    return 1;
  }
  if (!result.loaded) {
    io.out(
      `The demo data was loaded on ${result.loadedAt.toISOString().slice(0, 10)}; nothing changed. Its passwords were shown then.\n`,
    );
    return 0;
  }
  io.out(
    `Loaded the demo data: ${result.organisations.length} forces, ${result.records.length} response records ` +
      `and ${result.users.length} demo users. The forces are real; the people, findings and updates are invented.\n\n`,
  );
  io.out(
    `Response records:\n\n${columns([['FORCE', 'STATUS', 'REPORT'], ...result.records.map((r) => [r.organisation, statusOf(r), r.title])])}\n`,
  );
  const table = passwordTable(result.users);
  io.out(`Demo users. The passwords are shown only this once:\n\n${table}\n`);
  if (passwordsFile) {
    await io.writeFile(
      passwordsFile,
      `# Demo users of the Inspection Response Register\n${table}`,
      { mode: 0o600 },
    );
    io.out(`The same list is in ${passwordsFile} (readable only by you).\n`);
  }
  return 0;
}

function passwordTable(users: Extract<SeedDemoResult, { loaded: true }>['users']): string {
  return columns([
    ['EMAIL', 'ROLE', 'PASSWORD'],
    ...users.map((u) => [u.email, u.role, u.password ?? '(existing account: unchanged)']),
  ]);
}

function statusOf(r: Extract<SeedDemoResult, { loaded: true }>['records'][number]): string {
  const published = r.latestPublishedVersion;
  if (r.status === 'published' || r.status === 'withdrawn')
    return `${r.status} (version ${published})`;
  const status = r.status.replace('_', ' ');
  return published
    ? `${status} of version ${published + 1} (version ${published} published)`
    : status;
}

/** Rows as aligned columns, for the terminal. */
function columns(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return (
    rows
      .map((r) =>
        r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '),
      )
      .join('\n') + '\n'
  );
}
