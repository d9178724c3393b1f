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
