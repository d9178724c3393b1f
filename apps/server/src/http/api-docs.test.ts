import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed-demo.js';
import { startTestServer } from './test-server.js';

// The examples in docs/api.md and on the portal's /api page, run as a reader would run them.
const DOC = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

interface Example {
  language: 'sh' | 'python';
  code: string;
}

const blocks = (markdown: string): Example[] =>
  [...markdown.matchAll(/^```(sh|python)\n([\s\S]*?)^```$/gm)].map((m) => ({
    language: m[1] as Example['language'],
    code: m[2]!,
  }));

const unescape = (s: string) =>
  s
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/**
 * Runs an example in a child process: asynchronously, as the server answering it runs in this one. Its
 * input is /dev/null, not a socket, so bash does not take itself for a remote shell and read a bashrc.
 */
function run(example: Example, env: Record<string, string>) {
  const [command, args] =
    example.language === 'sh'
      ? ['bash', ['--norc', '-euo', 'pipefail', '-c', example.code]]
      : ['python3', ['-c', example.code]];
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the API documentation’s examples', () => {
  let h: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    h = await startTestServer();
    mkdirSync(h.apps.find((a) => a.prefix === '/')!.root, { recursive: true });
    await seedDemo(h.db, { generatePassword: () => 'a demo password of no use' });
  });
  afterAll(() => h.close());

  it('docs/api.md: every curl and Python example runs against a real server and says what it claims', async () => {
    const examples = blocks(DOC);
    expect(examples.filter((e) => e.language === 'sh').length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((e) => e.language === 'python').length).toBeGreaterThanOrEqual(2);
    for (const example of examples) {
      const done = await run(example, { IRR_API: h.url('/api/v1') });
      expect(done.stderr, example.code).toBe('');
      expect(done.status, example.code).toBe(0);
      expect(done.stdout.trim(), example.code).not.toBe('');
      if (example.code.includes('If-None-Match')) expect(done.stdout.trim()).toBe('304');
      if (example.code.includes('in_progres"')) {
        expect(JSON.parse(done.stdout)).toMatchObject({ status: 400, field: 'status' });
      }
      if (example.code.includes('recommendations in progress')) {
        expect(done.stdout).toMatch(/^\d+ recommendations in progress\n/);
        expect(Number(done.stdout.split(' ')[0])).toBeGreaterThan(0);
      }
    }
  });

  it('the portal’s /api page: its examples run as shown, at the address it names', async () => {
    const res = await fetch(h.url('/api'));
    expect(res.status).toBe(200);
    const html = await res.text();
    const codes = [...html.matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
      unescape(m[1]!),
    );
    expect(codes).toHaveLength(2);
    const [curl, python] = codes as [string, string];
    expect(curl).toBe(`curl -s ${h.url('/api/v1')}/forces`);
    const forces = await run({ language: 'sh', code: curl }, {});
    expect(forces.status).toBe(0);
    expect((JSON.parse(forces.stdout) as unknown[]).length).toBeGreaterThan(1);
    const findings = await run({ language: 'python', code: python }, {});
    expect(findings.stderr).toBe('');
    expect(findings.stdout).toMatch(/^\d+ recommendations in progress\n$/);
    // Every endpoint of the description is documented on the page, with its parameters.
    const doc = (await (await fetch(h.url('/api/openapi.json'))).json()) as {
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
    };
    for (const [path, { get }] of Object.entries(doc.paths)) {
      expect(html).toContain(`<code>GET /api/v1${path}</code>`);
      for (const p of get.parameters) expect(html, path).toContain(`<code>${p.name}</code>`);
    }
  });
});
