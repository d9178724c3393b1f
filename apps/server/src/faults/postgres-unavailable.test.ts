import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { openDatabase, type Database } from '@irr/db';
import { copyPostgresTemplate, type PostgresCopy } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { capturingLogger } from '../http/test-server.js';
import { startServer, type RunningServer } from '../http/server.js';

/**
 * PostgreSQL going away under a running server: a TCP proxy we control stands between the server
 * and the machine's PostgreSQL, and is cut and restored (the PostgreSQL service itself is left
 * alone). While it is cut, requests fail with a clear error without waiting for it to return; once
 * it is back, the same server answers again without a restart.
 */
const url = process.env.TEST_DATABASE_URL;

class Proxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}
  async up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      this.sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }
  /** Stop accepting and cut every open connection, as a database that went down would. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe.skipIf(!url)('PostgreSQL unavailable under a running server', () => {
  let proxy: Proxy;
  let database: Database;
  let server: RunningServer;
  let copy: PostgresCopy;
  let databaseUrl: string;
  const capture = capturingLogger();

  beforeAll(async () => {
    const base = new URL(url!);
    copy = await copyPostgresTemplate();
    proxy = new Proxy({ host: base.hostname, port: Number(base.port || 5432) });
    await proxy.up();
    // As the application role, as a deployed server connects.
    const viaProxy = new URL(copy.url('app'));
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    databaseUrl = viaProxy.toString();
    database = await openDatabase({ kind: 'postgres', url: databaseUrl });
    const loaded = loadConfig({ IRR_PORT: '0', DATABASE_URL: viaProxy.toString() });
    if (!loaded.ok) throw new Error(loaded.message);
    server = await startServer({
      config: loaded.config,
      database,
      logger: capture.logger,
      apps: [],
    });
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.down().catch(() => undefined);
    await database?.close().catch(() => undefined);
    await copy?.drop();
  });

  const read = async () => {
    const res = await fetch(`${server.url}/trpc/public.organisations`);
    return { status: res.status, body: await res.text() };
  };

  it('fails requests with a clear error while it is down, and recovers without a restart', async () => {
    expect((await read()).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    await proxy.down();
    // A read the public cache holds costs no database round trip (it hears of changes on a listening
    // connection), so in the moment before the server notices that connection cut it may still be answered
    // from memory; from then on the cache reads the database for every read, and fails like any other.
    for (let i = 0; i < 600 && (await read()).status < 500; i++)
      await new Promise((r) => setTimeout(r, 10));
    for (let i = 0; i < 3; i++) {
      const down = await read();
      expect(down.status).toBeGreaterThanOrEqual(500);
      expect(down.body).toMatch(/went wrong/i);
      // No SQL or driver detail reaches the client.
      expect(down.body).not.toMatch(/select|Failed query|ECONNREFUSED/i);
    }
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    // The server says what happened in its log, without the connection string.
    expect(capture.lines.some((l) => /"level":"error"/.test(l))).toBe(true);
    expect(capture.lines.join('\n')).not.toContain(url!);
    expect(capture.lines.join('\n')).not.toContain(databaseUrl);

    await proxy.up();
    let recovered = await read();
    // Up to two minutes for the pool to reconnect: a ceiling for a server that never recovers.
    for (let i = 0; i < 600 && recovered.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 200));
      recovered = await read();
    }
    expect(recovered.status).toBe(200);
    expect(JSON.parse(recovered.body)).toHaveProperty('result.data');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
