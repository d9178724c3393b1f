import { EventEmitter, once } from 'node:events';
import { request as httpRequest, type ClientRequest } from 'node:http';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runUntilSignal } from './run-until-signal.js';
import { PASSWORD, startTestServer } from './test-server.js';

/**
 * Resolves once the server is handling `req` (its headers read), without guessing a delay: the
 * connection is open, and a request made after it on another connection has been answered.
 */
async function inFlightOnServer(
  req: ClientRequest,
  h: { url: (path: string) => string },
): Promise<void> {
  const socket = req.socket ?? ((await once(req, 'socket')) as [Socket])[0];
  if (socket.connecting) await once(socket, 'connect');
  await (await fetch(h.url('/healthz'))).text();
}

describe('readiness', () => {
  it('/readyz answers 503 with a clear message once the database stops answering, while /healthz stays 200', async () => {
    const h = await startTestServer({ ownsDatabase: false });
    try {
      expect((await fetch(h.url('/readyz'))).status).toBe(200);
      await h.database.close();
      const res = await fetch(h.url('/readyz'));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        status: 'unavailable',
        message: 'The PGlite database is not answering',
      });
      expect((await fetch(h.url('/healthz'))).status).toBe(200);
      expect(
        h.logs.entries().some((e) => e.level === 'warn' && e.msg === 'database ping failed'),
      ).toBe(true);
    } finally {
      await h.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets a request in flight finish, then stops accepting connections and closes the database it owns', async () => {
    const h = await startTestServer();
    const body = JSON.stringify({ email: 'editor@example.org', password: PASSWORD });
    // A sign-in whose body is still arriving when shutdown begins.
    const req = httpRequest(h.url('/trpc/auth.signIn'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-irr-csrf': '1',
        origin: h.server.url,
        'content-length': String(Buffer.byteLength(body)),
      },
    });
    const response = new Promise<{ status: number; connection: string | undefined }>(
      (resolve, reject) => {
        req.on('response', (res) => {
          res.resume();
          resolve({ status: res.statusCode!, connection: res.headers.connection });
        });
        req.on('error', reject);
      },
    );
    req.write(body.slice(0, 10));
    await inFlightOnServer(req, h);
    const closed = h.close();
    await new Promise((r) => setTimeout(r, 50));
    req.end(body.slice(10));
    expect(await response).toEqual({ status: 200, connection: 'close' });
    await closed;
    await expect(fetch(h.url('/healthz'))).rejects.toThrow();
    await expect(h.database.ping()).rejects.toThrow();
  });

  it('cuts off a request that does not finish within the timeout', async () => {
    const h = await startTestServer({ shutdownTimeoutMs: 200 });
    const req = httpRequest(h.url('/trpc/auth.signIn'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-irr-csrf': '1',
        origin: h.server.url,
        'content-length': '1000',
      },
    });
    const failed = new Promise((resolve) => req.on('error', resolve));
    req.write('{');
    await inFlightOnServer(req, h);
    // The body never finishes, so close() returning at all shows the cut-off (the test's timeout is
    // the ceiling); the log line below says it came from the shutdown timeout.
    await h.close();
    await failed;
    expect(
      h.logs.entries().some((e) => e.msg === 'shutdown timed out; cutting off requests in flight'),
    ).toBe(true);
  });

  it('runUntilSignal closes the server on SIGTERM and resolves with the signal', async () => {
    const source = new EventEmitter();
    let closes = 0;
    const running = runUntilSignal(
      { close: () => Promise.resolve(void (closes += 1)) },
      { source },
    );
    source.emit('SIGTERM');
    await expect(running).resolves.toBe('SIGTERM');
    expect(closes).toBe(1);
    // Our handlers are gone: a second signal is the process's default again.
    expect(source.listenerCount('SIGTERM') + source.listenerCount('SIGINT')).toBe(0);
  });
});

describe('behind https', () => {
  it('marks the cookie Secure, sends HSTS, and accepts mutations from the public origin', async () => {
    const h = await startTestServer({ env: { IRR_PUBLIC_ORIGIN: 'https://register.example.org' } });
    try {
      const res = await fetch(h.url('/trpc/auth.signIn'), {
        method: 'POST',
        headers: h.mutationHeaders({ origin: 'https://register.example.org' }),
        body: JSON.stringify({ email: 'editor@example.org', password: PASSWORD }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.getSetCookie()[0]).toMatch(/; Secure/);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
      const foreign = await fetch(h.url('/trpc/auth.signIn'), {
        method: 'POST',
        headers: h.mutationHeaders({ origin: 'https://register.example.org.evil.example' }),
        body: '{}',
      });
      expect(foreign.status).toBe(403);
    } finally {
      await h.close();
    }
  });
});
