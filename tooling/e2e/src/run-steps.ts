/**
 * `node --conditions=@irr/source --import tsx run-steps.ts STEPS_JSON`: the `irr` commands of a data
 * folder's setup (IRR_DATA_DIR) in one process on one open database, as `irr` itself runs them, instead of
 * a process apiece each starting Node, loading the server and opening the database again.
 */
import type { SetupStep } from './data-folders.js';

interface Cli {
  main: (argv: readonly string[], io: unknown, options: { database: unknown }) => Promise<number>;
}
interface Opener {
  withDatabase: (
    io: unknown,
    options: object,
    work: (database: unknown) => Promise<number>,
  ) => Promise<number>;
}
interface Io {
  processIo: { env: Record<string, string | undefined> };
}

const cli = (path: string) => new URL(`../../../apps/server/src/cli/${path}`, import.meta.url).href;
const { main } = (await import(cli('main.ts'))) as Cli;
const { withDatabase } = (await import(cli('open-database.ts'))) as Opener;
const { processIo } = (await import(cli('process-io.ts'))) as Io;

const steps = JSON.parse(process.argv[2] ?? '[]') as SetupStep[];
process.exitCode = await withDatabase(processIo, {}, async (database) => {
  for (const step of steps) {
    Object.assign(process.env, step.env);
    const code = await main(step.args, processIo, { database });
    if (code !== 0) {
      process.stderr.write(`irr ${step.args.join(' ')} failed with ${code}\n`);
      return code;
    }
  }
  return 0;
});
