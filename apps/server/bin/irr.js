#!/usr/bin/env node
// Runs the CLI from source through tsx, with in-repo packages resolved to their src/.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// tsx as a loader in one process (not tsx's CLI, which adds a process between us and the server).
const tsx = require.resolve('tsx');
const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const child = spawn(
  process.execPath,
  ['--conditions=@irr/source', '--import', tsx, main, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    // React's server renderer (the portal's pages) runs its fast production build unless told otherwise.
    env: { NODE_ENV: 'production', ...process.env },
  },
);
// A supervisor's SIGTERM must reach the server so it shuts down gracefully and releases its data folder.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 128 : 1);
});
