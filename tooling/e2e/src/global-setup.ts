import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATES_ENV } from './data-folders.js';

/**
 * vitest globalSetup: one folder for this run's prepared data folders (see prepareDataFolder), named in
 * the environment the test workers inherit, and removed when the run ends.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'irr-e2e-templates-'));
  process.env[TEMPLATES_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
