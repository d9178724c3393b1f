import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './main.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A CliIo held in memory for tests: what the command printed, files by path, an environment, and
 * the answers a person would type at password prompts.
 */
export function memoryIo(
  init: {
    /** Text is stored as UTF-8; bytes as they are (a file in another encoding). */
    files?: Record<string, string | Uint8Array>;
    env?: Record<string, string>;
    secrets?: string[];
  } = {},
) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const entries = Object.entries(init.files ?? {});
  const files = new Map(entries.filter((e): e is [string, string] => typeof e[1] === 'string'));
  const binaries = new Map(
    entries.filter((e): e is [string, Uint8Array] => typeof e[1] !== 'string'),
  );
  const modes = new Map<string, number>();
  const secrets = [...(init.secrets ?? [])];
  const prompts: string[] = [];
  const io: CliIo = {
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    readFile: (path) => {
      const text = files.get(path);
      const bytes = binaries.get(path) ?? (text === undefined ? undefined : utf8(text));
      if (bytes === undefined)
        return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
      return Promise.resolve(bytes);
    },
    writeFile: (path, text, options) => {
      files.set(path, text);
      if (options?.mode !== undefined) modes.set(path, options.mode);
      return Promise.resolve();
    },
    env: init.env ?? {},
    readSecret: (prompt) => {
      prompts.push(prompt);
      return Promise.resolve(secrets.length > 0 ? secrets.shift()! : null);
    },
  };
  return {
    io,
    files,
    modes,
    prompts,
    out: () => stdout.join(''),
    err: () => stderr.join(''),
    /** Everything the command showed, in one string. */
    all: () => stdout.join('') + stderr.join(''),
  };
}

export interface ServeProcess {
  /** `http://127.0.0.1:PORT`, once the command said where the register is. */
  url: string;
  /** The pid of the `irr serve` process itself (the primary with --workers). */
  pid: number;
  /** Every line it wrote to stdout and stderr so far. */
  output: string[];
  /** Its JSON log lines so far, parsed. */
  logs(): Record<string, unknown>[];
  /** SIGTERM, then its exit code once it has ended. */
  stop(): Promise<number | null>;
  /** Resolves when the process has ended, however it ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `irr serve ARGS` in a process of its own (tsx as the loader, as bin/irr.js runs it), with `env` on top of
 * this process's environment; resolves once it prints where the register is, rejects if it ends first.
 */
export function startServeProcess(
  args: string[],
  env: Record<string, string>,
): Promise<ServeProcess> {
  const mainTs = fileURLToPath(new URL('./main.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@irr/source', mainTs, 'serve', ...args],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  createInterface({ input: child.stderr }).on('line', (l) => output.push(l));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const m = /The register is at (http:\/\/[^/\s]+)\//.exec(line);
      if (m)
        resolve({
          url: m[1]!,
          pid: child.pid!,
          output,
          logs: () =>
            output
              .filter((l) => l.startsWith('{'))
              .map((l) => JSON.parse(l) as Record<string, unknown>),
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return (await exited).code;
          },
          exited,
        });
    });
    void exited.then(({ code, signal }) =>
      reject(
        new Error(`irr serve ended (${code ?? signal}) before it started:\n${output.join('\n')}`),
      ),
    );
  });
}
