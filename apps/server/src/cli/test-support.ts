import type { CliIo } from './main.js';

/**
 * A CliIo held in memory for tests: what the command printed, files by path, an environment, and
 * the answers a person would type at password prompts.
 */
export function memoryIo(
  init: { files?: Record<string, string>; env?: Record<string, string>; secrets?: string[] } = {},
) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const files = new Map(Object.entries(init.files ?? {}));
  const modes = new Map<string, number>();
  const secrets = [...(init.secrets ?? [])];
  const prompts: string[] = [];
  const io: CliIo = {
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    readFile: (path) => {
      const text = files.get(path);
      if (text === undefined)
        return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
      return Promise.resolve(text);
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
