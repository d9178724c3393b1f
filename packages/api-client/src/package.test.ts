import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { appRouter } from '@irr/api';
import { createWorld, type World } from '@irr/api/testing';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The client as another team meets it: this package and @irr/domain packed by pnpm, installed by npm in a
// folder of their own, a program written against them type-checked and run against a real API server.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOMAIN = fileURLToPath(new URL('../../domain', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const dir = mkdtempSync(join(tmpdir(), 'irr-api-client-pack-'));
const consumer = join(dir, 'consumer');
const installed = join(consumer, 'node_modules', '@irr', 'api-client');

// Run as from a plain shell: not as a child of the pnpm that runs the tests (its npm_* settings say pnpm).
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|NODE_OPTIONS$)/i.test(k)),
);
const run = (command: string, args: string[], cwd: string) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env });

// For what runs beside other work (the packs beside each other and the server's world), or calls the
// server this process runs: it rejects, with the command's output, when the command fails.
const runAsync = (command: string, args: string[], cwd: string) =>
  promisify(execFile)(command, args, { cwd, env });

/** Packs the package in `folder` (its prepack builds it) and answers the tarball's path. */
async function pack(folder: string): Promise<string> {
  const out = join(dir, relative(join(ROOT, '..'), folder));
  await runAsync('pnpm', ['pack', '--pack-destination', out], folder);
  return join(
    out,
    readdirSync(out).find((f) => f.endsWith('.tgz'))!,
  );
}

/** Both packages packed, and installed by npm in a fresh folder. */
async function install(): Promise<void> {
  const tarballs = await Promise.all([pack(ROOT), pack(DOMAIN)]);
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  await runAsync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs],
    consumer,
  );
}

/** The API over HTTP, as tRPC's standalone adapter serves it, on a world whose seed record is published. */
async function serve(): Promise<{ world: World; server: Server; url: string }> {
  const world = await createWorld('pglite');
  // The seed record submitted, approved and published, as the staff app does it.
  const editor = world.as('editor');
  const approver = world.as('approver');
  const draft = await editor.records.get({ recordId: world.recordId });
  const submitted = await editor.workflow.transition({
    recordId: world.recordId,
    rowVersion: draft.rowVersion,
    to: 'in_review',
  });
  const approved = await approver.workflow.transition({
    recordId: world.recordId,
    rowVersion: submitted.rowVersion,
    to: 'approved',
    dateUnknownReason: 'The imported record gives no publication date',
  });
  await approver.workflow.transition({
    recordId: world.recordId,
    rowVersion: approved.rowVersion,
    to: 'published',
  });
  const server = createHTTPServer({
    router: appRouter,
    basePath: '/trpc/',
    createContext: () => world.context('anonymous'),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { world, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// A program another team might write: the types it asks for are checked, and what it prints is checked below.
const MAIN_TS = `
import { createRegisterClient, TRPCClientError, type RegisterClientError } from '@irr/api-client';
import type { AppErrorCode, FindingStatus, ResponseRecord } from '@irr/domain';

declare const process: { argv: string[] };
type IsAny<T> = 0 extends 1 & T ? true : false;

const [, , url, recordId] = process.argv;
const client = createRegisterClient({ url: url!, headers: { 'user-agent': 'consumer-test' } });

const organisations = await client.public.organisations.query();
const organisationsTyped: IsAny<typeof organisations> = false;
const kinds: ('police_force' | 'fire_service')[] = organisations.map((o) => o.kind);

const published = await client.public.record.query({ recordId: recordId! });
const record: ResponseRecord | null = published.record;
const statuses: FindingStatus[] = Object.values(published.tracking).map((t) => t.status);
const recordTyped: IsAny<typeof published.record> = false;
// @ts-expect-error a published version's number is not a string
const wrongType: string = published.version;

function wrongInput() {
  // @ts-expect-error a record id is a string
  return client.public.record.query({ recordId: 42 });
}

let notFound: AppErrorCode | null | undefined;
try {
  await client.public.record.query({ recordId: '00000000-0000-4000-8000-000000000000' });
} catch (e) {
  if (e instanceof TRPCClientError) notFound = (e as RegisterClientError).data?.domainCode;
}

console.log(
  JSON.stringify({
    organisations,
    kinds,
    organisation: published.organisation.slug,
    version: published.version,
    findings: record?.findings.map((f) => f.ref),
    statuses,
    notFound,
    checked: [organisationsTyped, recordTyped, typeof wrongType, typeof wrongInput],
  }),
);
`;

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: false,
    types: [],
    outDir: 'out',
  },
  files: ['main.ts', 'readme.ts'],
};

describe('the packed client', () => {
  let served: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    [, served] = await Promise.all([install(), serve()]);
  });
  afterAll(async () => {
    if (served) {
      const { server, world } = served;
      await new Promise((resolve) => server.close(resolve));
      await world.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses npm pack, saying to use pnpm, which replaces the catalog and workspace versions', () => {
    const npm = run('npm', ['pack', '--dry-run'], ROOT);
    expect(npm.status).not.toBe(0);
    expect(npm.stderr).toContain('pack it with pnpm');
  });

  it('is installed with a manifest of real versions, its router types in one declaration file', () => {
    const manifest = readFileSync(join(installed, 'package.json'), 'utf8');
    expect(manifest).not.toMatch(/catalog:|workspace:/);
    const { dependencies } = JSON.parse(manifest) as { dependencies: Record<string, string> };
    expect(dependencies['@irr/domain']).toMatch(/^\d/);
    const declarations = readdirSync(installed, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.d\.[cm]?ts$/.test(f),
    );
    expect(declarations).toEqual(['dist/index.d.ts']);
    const text = readFileSync(join(installed, 'dist', 'index.d.ts'), 'utf8');
    // It names other modules only in its imports, and those only the packages it depends on: no
    // workspace-only package (@irr/api, @irr/db, @irr/documents), no file outside it, no database library.
    expect(text).not.toMatch(/import\(\s*['"]|<reference|require\(/);
    expect(text).not.toMatch(/['"]@irr\/(?!domain['"])/);
    const imported = [...text.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(new Set(imported)).toEqual(new Set(['@irr/domain', '@trpc/client', '@trpc/server']));
  });

  it('type-checks a program that uses it, and the README example, strictly, with the declarations it installed', () => {
    writeFileSync(join(consumer, 'main.ts'), MAIN_TS);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    writeFileSync(join(consumer, 'readme.ts'), `${example}\nexport {};\n`);
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG));
    const tsc = run('node', [TSC, '-p', 'tsconfig.json'], consumer);
    // With skipLibCheck off the installed declarations are checked too; @trpc/server's own name node:http
    // and ws, whose types a client need not install: the only errors allowed are in its files.
    const errors = tsc.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors.filter((line) => !line.startsWith('node_modules/@trpc/server/'))).toEqual([]);
    expect(tsc.stderr).toBe('');
  });

  it('reads the organisations and a published record from a server, and hears NOT_FOUND for a missing one', async () => {
    const { url, world } = served!;
    const { stdout } = await runAsync('node', ['out/main.js', url, world.recordId], consumer);
    const output = JSON.parse(stdout) as Record<string, unknown>;
    expect(output).toMatchObject({
      organisations: [
        {
          slug: 'staffordshire',
          name: 'Staffordshire Police',
          kind: 'police_force',
          publishedResponses: 1,
        },
        {
          slug: 'west-midlands',
          name: 'West Midlands Police',
          kind: 'police_force',
          publishedResponses: 0,
        },
      ],
      kinds: ['police_force', 'police_force'],
      organisation: 'staffordshire',
      version: 1,
      notFound: 'NOT_FOUND',
      checked: [false, false, 'number', 'function'],
    });
    expect(output.findings).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(output.statuses).toEqual(expect.arrayContaining([expect.any(String)]));
  });
});
