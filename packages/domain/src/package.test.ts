import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The package as another team meets it: packed by pnpm, unpacked elsewhere, loaded by import and require.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'irr-domain-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Run as from a plain shell: not as a child of the pnpm that runs the tests (its npm_* settings say pnpm).
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|NODE_OPTIONS$)/i.test(k)),
);
const run = (command: string, args: string[], cwd: string) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env });

describe('the packed package', () => {
  it('refuses npm pack, saying to use pnpm, which replaces the catalog versions', () => {
    const npm = run('npm', ['pack', '--dry-run'], ROOT);
    expect(npm.status).not.toBe(0);
    expect(npm.stderr).toContain('pack it with pnpm');
  });

  it('packs with pnpm into a tarball that import() and require() both load', () => {
    const packed = run('pnpm', ['pack', '--pack-destination', dir], ROOT);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    expect(run('tar', ['xzf', tarball], dir).status).toBe(0);
    const pkg = join(dir, 'package');
    const manifest = readFileSync(join(pkg, 'package.json'), 'utf8');
    expect(manifest).not.toMatch(/catalog:|workspace:/);
    // Its dependencies (zod, entities) as an installer would put them beside it; it is asked for by
    // name, as a package resolves its own name through its exports.
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
    const required = run(
      'node',
      ['-e', "process.stdout.write(typeof require('@irr/domain').parseRecord)"],
      pkg,
    );
    expect(required.stdout, required.stderr).toBe('function');
    const imported = run(
      'node',
      [
        '--input-type=module',
        '-e',
        "const d = await import('@irr/domain'); process.stdout.write(typeof d.checkFindingTransition)",
      ],
      pkg,
    );
    expect(imported.stdout, imported.stderr).toBe('function');
  });
});
