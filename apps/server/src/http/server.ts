import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { databaseHitCounter, memoryHitCounter, RateLimiter } from '@irr/api';
import { publicGeneration, type Database } from '@irr/db';
import type { Config } from '../config.js';
import { healthz, readyz } from './health.js';
import { createJsonLogger, describeError, type Logger } from './logger.js';
import { pathOf, requestIdOf } from './request-info.js';
import { handleApi } from './api-v1.js';
import { handleAlerts } from './public-pages/alerts.js';
import { handlePortal } from './public-pages/index.js';
import {
  DEFAULT_PUBLIC_CACHE,
  PublicCache,
  sendHit,
  type PublicCacheOptions,
} from './public-cache.js';
import { securityHeaders, setSecurityHeaders } from './security-headers.js';
import { sendJson } from './send.js';
import { defaultApps, serveApp, type StaticApp } from './static-files.js';
import { TRPC_PREFIX, handleTrpc, publicTrpcKey } from './trpc-handler.js';
import { startNotificationScheduler } from '../mail/scheduler.js';

export interface StartServerOptions {
  config: Config;
  database: Database;
  /** Close the database when the server closes (the server was given sole use of it). */
  ownsDatabase?: boolean;
  logger?: Logger;
  now?: () => Date;
  /** Built apps to serve; defaults to apps/admin/dist at /admin/ and apps/public/dist at /. */
  apps?: StaticApp[];
  /** How long close() lets requests in flight finish before cutting them off. */
  shutdownTimeoutMs?: number;
  /** Largest accepted /trpc request body. */
  bodyLimit?: number;
  /** Hold public replies until the data changes; defaults to IRR_PUBLIC_CACHE_MB's budget, false for none. */
  publicCache?: PublicCacheOptions | false;
  /** Send due notifications every minute (the default); false leaves it to `irr notify --now`. */
  notifications?: boolean;
  /** URLs per sitemap file before `/sitemap.xml` becomes an index of parts; 50,000 unless a test sets fewer. */
  sitemapLimit?: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** `http://localhost:<port>` when listening on every interface, else the address listened on. */
function listenOrigin(address: AddressInfo): string {
  const everywhere = address.address === '0.0.0.0' || address.address === '::';
  const host = everywhere
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config, database } = options;
  const logger = options.logger ?? createJsonLogger({ level: config.logLevel });
  const now = options.now ?? (() => new Date());
  const apps = [...(options.apps ?? defaultApps())].sort(
    (a, b) => b.prefix.length - a.prefix.length,
  );
  const cacheOptions =
    options.publicCache ??
    (config.publicCacheMb > 0 && {
      ...DEFAULT_PUBLIC_CACHE,
      maxBytes: config.publicCacheMb * 2 ** 20,
    });
  // The cache hears of public commits (a connection of its own on PostgreSQL) instead of asking per request.
  const watch = cacheOptions
    ? database.watchPublicGeneration({
        onState: (state, error) =>
          state === 'down'
            ? logger.warn({
                msg: 'not hearing of public changes: public reads check the database until the listening connection is back',
                ...describeError(error),
              })
            : logger.info({ msg: 'hearing of public changes' }),
      })
    : null;
  const cache = cacheOptions
    ? new PublicCache(database.db, cacheOptions, publicGeneration, watch)
    : null;
  // Counts shared through PostgreSQL by every process on it; PGlite has this process alone, so
  // memory is exact there and saves a write per counted request.
  const rateLimiter = new RateLimiter(
    database.kind === 'postgres' ? databaseHitCounter(database.db) : memoryHitCounter(),
    config.rateLimits,
  );
  const everyReply = securityHeaders(config.secure).flat();
  let closing = false;
  // Known once listening (the port may be 0): absolute links never come from a request's Host header.
  let linkOrigin = config.publicOrigin ?? 'http://localhost';
  const inFlight = new Set<ServerResponse>();
  let drained: (() => void) | null = null;

  async function route(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    path: string,
  ): Promise<void> {
    if (path === TRPC_PREFIX || path.startsWith(`${TRPC_PREFIX}/`)) {
      return handleTrpc(req, res, requestId, {
        db: database.db,
        secure: config.secure,
        publicOrigin: config.publicOrigin,
        trustProxy: config.trustProxy,
        rateLimiter,
        logger,
        now,
        bodyLimit: options.bodyLimit,
        cache,
      });
    }
    if (path === '/healthz') return healthz(req, res);
    if (path === '/readyz') return readyz(req, res, database, { closing, requestId, logger });
    const api = {
      db: database.db,
      now,
      requestId,
      linkOrigin,
      trustProxy: config.trustProxy,
      rateLimiter,
      cache,
    };
    if (await handleApi(req, res, path, api)) return;
    // `/admin` without its slash: the app's relative links need the slash.
    const bare = apps.find((a) => `${path}/` === a.prefix);
    if (bare) {
      res.writeHead(308, { location: bare.prefix + (req.url?.slice(path.length) ?? '') }).end();
      return;
    }
    const app = apps.find((a) => path.startsWith(a.prefix));
    const portal = app?.prefix === '/' && {
      ...api,
      root: app.root,
      sitemapLimit: options.sitemapLimit,
    };
    if (
      portal &&
      ((await handleAlerts(req, res, path, portal)) || (await handlePortal(req, res, path, portal)))
    )
      return;
    if (!app) return sendJson(req, res, 404, { error: { message: 'Not found' } });
    return serveApp(req, res, app, path);
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    const path = pathOf(req);
    inFlight.add(res);
    res.once('close', () => {
      // Method, path and status only: never headers (cookies), query strings or bodies.
      const status = res.writableFinished ? res.statusCode : 499;
      const line = {
        msg: 'request',
        requestId,
        method: req.method,
        path,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
      if (status >= 500) logger.error(line);
      else logger.info(line);
      inFlight.delete(res);
      if (closing && inFlight.size === 0) drained?.();
    });
    // A public tRPC read the cache holds goes out at once, with the headers every reply has (below).
    if (
      cache &&
      !closing &&
      req.method === 'GET' &&
      path.startsWith(`${TRPC_PREFIX}/public.`) &&
      sendHit(req, res, cache, publicTrpcKey(req, now), everyReply, ['x-request-id', requestId])
    )
      return;
    res.setHeader('x-request-id', requestId);
    setSecurityHeaders(res, config.secure);
    if (closing) res.setHeader('connection', 'close');
    route(req, res, requestId, path).catch(async (e: unknown) => {
      logger.error({ msg: 'request failed', requestId, ...describeError(e) });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      await sendJson(req, res, 500, {
        error: { message: `Something went wrong on the server (request ${requestId})` },
      }).catch(() => res.destroy());
    });
  });
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (e: unknown) => {
    await watch?.close(); // its connection would outlive a server that never started
    throw e;
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  if (!config.publicOrigin) {
    linkOrigin = listenOrigin(address);
    logger.warn({
      msg: 'IRR_PUBLIC_ORIGIN is unset: the sitemap, feeds and open data link to the listening address',
      linkOrigin,
    });
  }
  logger.info({
    msg: 'listening',
    url,
    database: database.kind,
    publicOrigin: config.publicOrigin,
  });

  const scheduler =
    options.notifications === false
      ? null
      : startNotificationScheduler(database, config, logger, now);

  let closed: Promise<void> | null = null;
  async function shutdown(): Promise<void> {
    closing = true;
    // Responses still to be written tell their clients not to reuse the connection.
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (inFlight.size > 0) {
      const timeoutMs = options.shutdownTimeoutMs ?? 10_000;
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        new Promise<boolean>((resolve) => (drained = () => resolve(true))),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (!finished)
        logger.warn({
          msg: 'shutdown timed out; cutting off requests in flight',
          inFlight: inFlight.size,
        });
    }
    // Keep-alive sockets that served their last response would otherwise hold the server open.
    server.closeAllConnections();
    await stopped;
    await scheduler?.stop();
    await watch?.close();
    if (options.ownsDatabase) await database.close();
    logger.info({ msg: 'closed' });
  }

  return {
    url,
    close: () => (closed ??= shutdown()),
  };
}
