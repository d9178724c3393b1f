import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// The README's examples are what other teams copy first: each is compiled as they would compile it
// (strict, the repository's settings) and run, with `text` a real published record.
const README = fileURLToPath(new URL('../README.md', import.meta.url));
const DIR = fileURLToPath(new URL('./.readme-examples/', import.meta.url));
const examples = [...readFileSync(README, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map(
  (m) => m[1]!,
);

const PRELUDE = `import { readFileSync } from 'node:fs';
import type { ResponseRecord as Saved } from '../index.js';
// What the examples take as given: a record's text, where it starts in its file, somewhere to save,
// and a console whose lines the test reads.
const text = readFileSync(new URL('../codec/fixtures/staffordshire-peel-2018-19-response-record.txt', import.meta.url), 'utf8');
const lineOffset = 0;
const saved: Saved[] = [];
const save = (record: Saved) => void saved.push(record);
const logged: string[] = [];
const console = { log: (...args: unknown[]) => void logged.push(args.map(String).join(' ')) };
export { logged, saved };
`;

mkdirSync(DIR, { recursive: true });
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const files = examples.map((code, i) => {
  const file = join(DIR, `example-${i + 1}.ts`);
  writeFileSync(file, `${PRELUDE}${code.replaceAll("'@irr/domain'", "'../index.js'")}`);
  return file;
});

describe('the README', () => {
  it('has examples, and each compiles under the strict settings', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const config = ts.readConfigFile(
      fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      (f) => ts.sys.readFile(f),
    );
    const { options } = ts.parseJsonConfigFileContent(
      config.config,
      ts.sys,
      fileURLToPath(new URL('..', import.meta.url)),
    );
    const program = ts.createProgram(files, { ...options, noEmit: true, strict: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && files.includes(d.file.fileName))
      .map((d) => {
        const at = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        const source = d.file!.text.split('\n')[at.line]!.trim();
        return `${ts.flattenDiagnosticMessageText(d.messageText, '\n')} (at "${source}")`;
      });
    expect(problems).toEqual([]);
  });

  it.each(files.map((f, i) => [i + 1, f] as const))('example %i runs', async (_, file) => {
    await expect(import(file)).resolves.toBeDefined();
  });

  it('reads the seed record in the record-format example, and saves it', async () => {
    const i = examples.findIndex((e) => e.includes('renderRecord(record)'));
    const { logged, saved } = (await import(files[i]!)) as {
      logged: string[];
      saved: { findings: unknown[] }[];
    };
    expect(logged.at(-1)).toMatch(/^\d+ of \d+ characters placed$/);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.findings.length).toBeGreaterThan(0);
  });
});
