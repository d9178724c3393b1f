#!/usr/bin/env node
// `pnpm bench <name>`: codec runs the domain package's own benchmark, web the portal helper's
// script in src/web/main.ts, everything else src/main.ts — all through tsx on the sources.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const [name, ...rest] = process.argv.slice(2);
const root = fileURLToPath(new URL('../../../', import.meta.url));
let result;
if (name === 'codec') {
  result = spawnSync('pnpm', ['--filter', '@irr/domain', 'run', 'bench', ...rest], {
    stdio: 'inherit',
    cwd: root,
  });
} else {
  const require = createRequire(import.meta.url);
  const tsx = require.resolve('tsx/cli');
  const web = fileURLToPath(new URL('../src/web/main.ts', import.meta.url));
  if (name === 'web' && !existsSync(web)) {
    console.error('pnpm bench web: packages/bench/src/web/main.ts does not exist yet.');
    process.exit(2);
  }
  const script = name === 'web' ? web : fileURLToPath(new URL('../src/main.ts', import.meta.url));
  const args = name === 'web' ? rest : [name ?? '', ...rest].filter((a, i) => i > 0 || a !== '');
  result = spawnSync(process.execPath, [tsx, '--conditions=@irr/source', script, ...args], {
    stdio: 'inherit',
    cwd: root,
  });
}
process.exit(result.status ?? 1);
