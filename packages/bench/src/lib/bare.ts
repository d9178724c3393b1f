import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

/** What the bare server sends: the register's exact status, headers and body bytes. */
export interface Captured {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Fetch a URL once and keep its status, headers (minus hop-by-hop ones) and raw body. */
export async function capture(url: string): Promise<Captured> {
  const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await res.arrayBuffer());
  const headers: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    if (!['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length'].includes(key))
      headers[key] = value;
  });
  if (res.status !== 200)
    throw new Error(`${url} answered ${res.status}: ${body.toString('utf8').slice(0, 300)}`);
  return { status: res.status, headers, body };
}

/** Both bare servers read their routes (path, status, headers, base64 body) as JSON on stdin. */
const READ_ROUTES = `
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
const routes = new Promise((resolve) => process.stdin.on('end', () => resolve(new Map(
  JSON.parse(Buffer.concat(chunks).toString('utf8')).map((r) => [r.path, { ...r, body: Buffer.from(r.body, 'base64') }]),
))));
`;

const BARE_SERVERS = {
  'node:http': `${READ_ROUTES}
const { createServer } = require('node:http');
routes.then((routes) => {
  const server = createServer((req, res) => {
    const r = routes.get(req.url);
    if (!r) { res.writeHead(404).end(); return; }
    res.writeHead(r.status, { ...r.headers, 'content-length': r.body.length });
    res.end(r.body);
  });
  server.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port));
});
`,
  // Fastify at its leanest (no plugins, no logger): one catch-all route sending the same bytes. What
  // the framework itself costs a read, before any plugin the register would need.
  fastify: `${READ_ROUTES}
const fastify = require(process.env.IRR_BENCH_FASTIFY)({ logger: false });
routes.then(async (routes) => {
  fastify.get('*', (req, reply) => {
    const r = routes.get(req.url);
    if (!r) return reply.code(404).send();
    return reply.code(r.status).headers(r.headers).send(r.body);
  });
  await fastify.listen({ port: 0, host: '127.0.0.1' });
  console.log('listening ' + fastify.server.address().port);
});
`,
};

export type BareServer = keyof typeof BARE_SERVERS;

/**
 * A bare server in its own process (like the register) that answers each path with the captured
 * bytes and headers: node:http, the ceiling the register is compared with, or Fastify.
 */
export async function startBare(
  routes: Map<string, Captured>,
  kind: BareServer = 'node:http',
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', BARE_SERVERS[kind]], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, IRR_BENCH_FASTIFY: createRequire(import.meta.url).resolve('fastify') },
  });
  child.stdin.end(
    JSON.stringify(
      [...routes].map(([path, c]) => ({
        path,
        status: c.status,
        headers: c.headers,
        body: c.body.toString('base64'),
      })),
    ),
  );
  const port = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (l) => {
      const m = /^listening (\d+)/.exec(l);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
