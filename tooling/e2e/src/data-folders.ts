import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const IRR = new URL('../../../apps/server/bin/irr.js', import.meta.url).pathname;
const RUN_STEPS = new URL('./run-steps.ts', import.meta.url).pathname;
// tsx as the server's own bin/irr.js loads it.
const TSX = createRequire(IRR).resolve('tsx');

/** Where a test run keeps its prepared data folders (set by global-setup.ts); unset, nothing is kept. */
export const TEMPLATES_ENV = 'IRR_E2E_TEMPLATES';

/** One `irr` command run on the data folder before the server starts (create-user, import, seed-demo). */
export interface SetupStep {
  args: string[];
  env?: Record<string, string>;
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * `irr ARGS` on the data folder `folder` (its database in `folder/db`), run in that folder so a relative
 * path such as a passwords file lands beside the database.
 */
export function runCli(
  folder: string,
  args: string[],
  env: Record<string, string | undefined>,
): CliResult {
  const r = spawnSync(process.execPath, [IRR, ...args], {
    cwd: folder,
    env: { ...env, IRR_DATA_DIR: join(folder, 'db') },
    encoding: 'utf8',
  });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Fill `target` (an empty folder) with a migrated database on which `steps` have run, in one process.
 * Within a test run the migrated folder and each folder prepared are kept and copied, so a file that
 * starts like an earlier one (the same people, the same seed) copies its folder, and every file copies
 * the migration: most of a browser test's setup was these commands.
 */
export function prepareDataFolder(
  target: string,
  steps: SetupStep[],
  env: Record<string, string | undefined>,
): void {
  const migrate: SetupStep = { args: ['migrate'] };
  const templates = env[TEMPLATES_ENV];
  if (!templates) {
    run(target, [migrate, ...steps], env);
    return;
  }
  // The migrated folder first (every file starts from it), then the whole setup on a copy of it.
  const stages = steps.length > 0 ? [[migrate], [migrate, ...steps]] : [[migrate]];
  if (existsSync(templateOf(templates, stages.at(-1)!))) stages.splice(0, stages.length - 1);
  let done: SetupStep[] = [];
  for (const stage of stages) {
    const template = templateOf(templates, stage);
    // Another test file preparing the same folder at the same time: wait for theirs rather than do it twice.
    if (existsSync(template) || (!claim(template) && waitFor(template))) {
      rmSync(target, { recursive: true, force: true });
      cpSync(template, target, { recursive: true });
    } else {
      try {
        run(target, stage.slice(done.length), env);
        keep(target, template);
      } finally {
        rmSync(`${template}.lock`, { recursive: true, force: true });
      }
    }
    done = stage;
  }
}

/** True when this process may prepare `template`: nobody else is (mkdir is atomic). */
function claim(template: string): boolean {
  mkdirSync(join(template, '..'), { recursive: true });
  try {
    mkdirSync(`${template}.lock`);
    return true;
  } catch {
    return false;
  }
}

/** Wait while another process holds the claim; true when it left the template, false when it gave up. */
function waitFor(template: string): boolean {
  const tick = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 600_000 && existsSync(`${template}.lock`); waited += 200)
    Atomics.wait(tick, 0, 0, 200);
  return existsSync(template);
}

function run(folder: string, steps: SetupStep[], env: Record<string, string | undefined>): void {
  const r = spawnSync(
    process.execPath,
    ['--conditions=@irr/source', '--import', TSX, RUN_STEPS, JSON.stringify(steps)],
    {
      cwd: folder,
      env: { NODE_ENV: 'production', ...env, IRR_DATA_DIR: join(folder, 'db') },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0)
    throw new Error(
      `irr ${steps.map((s) => s.args[0]).join(', ')} failed:\n${r.stderr}${r.stdout}`,
    );
}

function templateOf(templates: string, steps: SetupStep[]): string {
  return join(templates, createHash('sha256').update(JSON.stringify(steps)).digest('hex'));
}

/** Copy then rename, so another worker never sees half a folder; if it kept the same one first, keep theirs. */
function keep(folder: string, template: string): void {
  if (existsSync(template)) return;
  const copy = mkdtempSync(`${template}-`);
  cpSync(folder, copy, { recursive: true });
  try {
    renameSync(copy, template);
  } catch {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** A fresh, empty folder for one register. */
export function newFolder(): string {
  return mkdtempSync(join(tmpdir(), 'irr-e2e-'));
}
