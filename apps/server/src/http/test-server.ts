import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@irr/api';
import { schema, type Database } from '@irr/db';
import { createTestDatabase, type TestDriver, type TestRole } from '@irr/db/testing';
// Brings in the `inject('pgliteTemplate')` typing that @irr/db/testing relies on but does not itself import.
import type {} from '@irr/db/testing/global-setup';
import { loadConfig } from '../config.js';
import { createJsonLogger } from './logger.js';
import { startServer, type StartServerOptions } from './server.js';
import type { StaticApp } from './static-files.js';

export const PASSWORD = 'correct horse battery staple';

/**
 * Every test client is one address sending far more than a person would; the tests of the limits
 * set their own.
 */
const ROOMY_RATE_LIMITS = {
  IRR_RATE_LIMIT_SIGN_IN: '10000/60',
  IRR_RATE_LIMIT_SEARCH: '10000/60',
  IRR_RATE_LIMIT_OPEN_DATA: '10000/60',
  IRR_RATE_LIMIT_ALERTS: '10000/60',
};

/**
 * Every line the server logged, as JSON text, for asserting what never appears: the server's own
 * logger (its redaction included) at debug, so the most it can ever write is what is checked.
 */
export function capturingLogger() {
  const lines: string[] = [];
  const logger = createJsonLogger({ level: 'debug', write: (line) => void lines.push(line) });
  return {
    logger,
    lines,
    entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/**
 * A real server on a free port over a fresh test database, with Staffordshire and an editor who
 * signs in with PASSWORD. Built apps default to empty temporary folders (not built).
 */
export async function startTestServer(
  overrides: Partial<StartServerOptions> & {
    env?: Record<string, string>;
    driver?: TestDriver;
    /** On PostgreSQL, the role the server connects as: the application's unless a test must change what it may not. */
    as?: TestRole;
  } = {},
) {
  const database: Database = await createTestDatabase(overrides.driver, { as: overrides.as });
  const [org] = await database.db
    .insert(schema.organisations)
    .values({ slug: 'staffordshire', name: 'Staffordshire Police', kind: 'police_force' })
    .returning();
  const [user] = await database.db
    .insert(schema.users)
    .values({
      email: 'editor@example.org',
      displayName: 'Edith Editor',
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning();
  await database.db
    .insert(schema.memberships)
    .values({ userId: user!.id, organisationId: org!.id, role: 'editor' });

  const scratch = mkdtempSync(join(tmpdir(), 'irr-http-'));
  const apps: StaticApp[] = [
    {
      name: 'the admin app',
      prefix: '/admin/',
      root: join(scratch, 'admin-dist'),
      buildCommand: 'pnpm --filter @irr/admin build',
    },
    {
      name: 'the public portal',
      prefix: '/',
      root: join(scratch, 'public-dist'),
      buildCommand: 'pnpm --filter @irr/public build',
    },
  ];
  const loaded = loadConfig({ IRR_PORT: '0', ...ROOMY_RATE_LIMITS, ...overrides.env });
  if (!loaded.ok) throw new Error(loaded.message);
  const capture = capturingLogger();
  const { env: _env, driver: _driver, as: _as, ...options } = overrides;
  const server = await startServer({
    config: loaded.config,
    database,
    logger: capture.logger,
    apps,
    ownsDatabase: true,
    ...options,
  });
  const url = (path: string) => `${server.url}${path}`;

  /** Headers a page of this site sends with a mutation. */
  const mutationHeaders = (extra: Record<string, string> = {}) => ({
    'content-type': 'application/json',
    'x-irr-csrf': '1',
    origin: server.url,
    ...extra,
  });

  async function signIn(password = PASSWORD): Promise<Response> {
    return fetch(url('/trpc/auth.signIn'), {
      method: 'POST',
      headers: mutationHeaders(),
      body: JSON.stringify({ email: 'editor@example.org', password }),
    });
  }

  return {
    server,
    database,
    db: database.db,
    user: user!,
    apps,
    scratch,
    logs: capture,
    url,
    mutationHeaders,
    signIn,
    config: loaded.config,
    async close() {
      await server.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** `irr_session=<token>` from a Set-Cookie list, for the next request's Cookie header. */
export function sessionCookieOf(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('irr_session='));
  if (!cookie) throw new Error(`no session cookie in ${res.status} response`);
  return cookie.split(';')[0]!;
}

/**
 * A request through node:http, which (unlike fetch) lets a test choose the Host header and the
 * address the request comes from (any of 127.0.0.0/8 reaches a server on 127.0.0.1).
 */
export function rawRequest(
  url: string,
  headers: Record<string, string>,
  options: { method?: string; body?: string; from?: string } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers, localAddress: options.from },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
