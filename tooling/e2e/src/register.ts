import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { IRR, newFolder, prepareDataFolder, runCli, type SetupStep } from './data-folders.js';

export interface DemoUser {
  email: string;
  role: string;
  password: string;
}

export interface Register {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  url: string;
  dataDir: string;
  /** The demo users with their passwords (empty without `demo`). */
  demoUsers: DemoUser[];
  /** Runs `irr ARGS` against the same data folder; only while the server is stopped (the folder is locked). */
  cli(
    args: string[],
    env?: Record<string, string>,
  ): { status: number; stdout: string; stderr: string };
  /** Every line the server wrote to stdout and stderr. */
  output: string[];
  /** SIGTERM and wait; the data folder stays for `restart`. */
  stop(): Promise<void>;
  /** Starts the server again on the same folder (and port 0: `url` changes). */
  restart(): Promise<void>;
  /** Stops the server and removes its data folder. */
  dispose(): Promise<void>;
}

const PASSWORDS_FILE = 'demo-passwords.txt';

/**
 * The real product: `irr serve` in its own process on a fresh embedded database, on a free port.
 * Before it starts, the database is migrated, loaded with the demo data (`demo`) and given whatever
 * `setup` runs (people, imports), each an `irr` command; within a test run these are prepared once
 * and copied (see prepareDataFolder).
 * The built apps are served from apps/admin/dist and apps/public/dist (turbo builds them before tests).
 */
export async function startRegister(
  options: { demo?: boolean; setup?: SetupStep[]; env?: Record<string, string> } = {},
): Promise<Register> {
  const dataDir = newFolder();
  const passwordsFile = join(dataDir, PASSWORDS_FILE);
  const output: string[] = [];
  const env = {
    ...process.env,
    IRR_DATA_DIR: join(dataDir, 'db'),
    IRR_PORT: '0',
    IRR_HOST: '127.0.0.1',
    IRR_LOG_LEVEL: 'warn',
    // A browser test is one address crawling far faster than a person: the limits per address would refuse it.
    IRR_RATE_LIMIT_SIGN_IN: '10000/60',
    IRR_RATE_LIMIT_SEARCH: '10000/60',
    IRR_RATE_LIMIT_OPEN_DATA: '10000/60',
    IRR_RATE_LIMIT_ALERTS: '10000/60',
    ...options.env,
  };
  let child: ChildProcess | null = null;

  const demo: SetupStep[] = options.demo
    ? [{ args: ['seed-demo', '--passwords-file', PASSWORDS_FILE] }]
    : [];
  prepareDataFolder(dataDir, [...demo, ...(options.setup ?? [])], env);

  async function start(): Promise<string> {
    const proc = spawn(process.execPath, [IRR, 'serve'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    createInterface({ input: proc.stderr }).on('line', (l) => output.push(l));
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`irr serve did not start within 300 s:\n${output.join('\n')}`)),
        300_000,
      ); // CI runs every package's tests at once on two cores
      createInterface({ input: proc.stdout }).on('line', (line) => {
        output.push(line);
        const m = /The register is at (http:\/\/[^/\s]+)\//.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`irr serve exited with ${code}:\n${output.join('\n')}`));
      });
    });
  }

  async function stop(): Promise<void> {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGTERM');
    await exited;
  }

  const register: Register = {
    url: await start(),
    dataDir,
    demoUsers: options.demo ? readDemoUsers(passwordsFile) : [],
    output,
    cli(args, extra = {}) {
      return runCli(dataDir, args, { ...env, ...extra });
    },
    stop,
    async restart() {
      await stop();
      register.url = await start();
    },
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return register;
}

function readDemoUsers(file: string): DemoUser[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.includes('@'))
    .map((l) => {
      const [email, role, password] = l.trim().split(/\s+/);
      return { email: email!, role: role!, password: password! };
    });
}
