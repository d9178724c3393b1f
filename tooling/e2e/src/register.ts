import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const IRR = new URL('../../../apps/server/bin/irr.js', import.meta.url).pathname;

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

/**
 * The real product: `irr serve` in its own process on a fresh embedded database, on a free port.
 * The built apps are served from apps/admin/dist and apps/public/dist (turbo builds them before tests).
 */
export async function startRegister(
  options: { demo?: boolean; env?: Record<string, string> } = {},
): Promise<Register> {
  const dataDir = mkdtempSync(join(tmpdir(), 'irr-e2e-'));
  const passwordsFile = join(dataDir, '..', `${dataDir.split('/').pop()}-passwords.txt`);
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
    ...options.env,
  };
  let child: ChildProcess | null = null;

  async function start(demo: boolean): Promise<string> {
    const args = ['serve', ...(demo ? ['--demo', '--passwords-file', passwordsFile] : [])];
    const proc = spawn(process.execPath, [IRR, ...args], {
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
    url: await start(options.demo ?? false),
    dataDir,
    demoUsers: options.demo ? readDemoUsers(passwordsFile) : [],
    output,
    cli(args, extra = {}) {
      const r = spawnSync(process.execPath, [IRR, ...args], {
        env: { ...env, ...extra },
        encoding: 'utf8',
      });
      return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
    },
    stop,
    async restart() {
      await stop();
      register.url = await start(false);
    },
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(passwordsFile, { force: true });
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
