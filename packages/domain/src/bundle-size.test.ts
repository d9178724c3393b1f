import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const INDEX = fileURLToPath(new URL('./index.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'irr-domain-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One import from the package, bundled and minified for browsers as another team's app would. */
async function bundle(names: readonly string[]) {
  const entry = join(dir, `${names.join('-')}.js`);
  writeFileSync(entry, `export { ${names.join(', ')} } from ${JSON.stringify(INDEX)};\n`);
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, formats: ['es'] } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const code = outputs
    .flatMap((o) => o.output)
    .map((c) => ('code' in c ? c.code : ''))
    .join('\n');
  return { code, kb: code.length / 1024, gzipKb: gzipSync(code).length / 1024 };
}

const sizes: string[] = [];
afterAll(() => console.log(`\n${sizes.join('\n')}`));

describe('the domain package, imported one name at a time', () => {
  it.each([
    ['checkFindingTransition'],
    ['s55PublicationDueOn'],
    ['roleAtLeast'],
    ['FINDING_STATUS_LABELS'],
  ])('%s brings no zod schemas with it', async (name) => {
    const { code, kb, gzipKb } = await bundle([name]);
    sizes.push(`${name}: ${kb.toFixed(1)} KB, ${gzipKb.toFixed(1)} KB gzipped`);
    expect(code).not.toMatch(/ZodError|\$ZodType/);
  });

  it.each([['parseRecord'], ['computeStatutoryClock']])(
    '%s brings the schemas it checks its input with',
    async (name) => {
      const { code, kb, gzipKb } = await bundle([name]);
      sizes.push(`${name}: ${kb.toFixed(1)} KB, ${gzipKb.toFixed(1)} KB gzipped`);
      expect(code).toMatch(/ZodError|\$ZodType/);
    },
  );
});
