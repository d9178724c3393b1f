import { chmod, readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './main.js';
import { readSecretFromTerminal } from './read-secret.js';

/** The real process: standard streams, files, environment and terminal. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path),
  writeFile: async (path, text, options = {}) => {
    await writeFile(path, text, {
      encoding: 'utf8',
      ...(options.mode !== undefined && { mode: options.mode }),
    });
    // `mode` only applies when the file is created; an existing file keeps its old permissions otherwise.
    if (options.mode !== undefined) await chmod(path, options.mode);
  },
  env: process.env,
  readSecret: (prompt) => readSecretFromTerminal(prompt),
};
