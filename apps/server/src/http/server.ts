import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { databaseHitCounter, memoryHitCounter, RateLimiter } from '@irr/api';
import { publicGeneration, type Database } from '@irr/db';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { healthRoutes } from './health.js';
import { createJsonLogger, describeError, type Logger } from './logger.js';
import { pathOf, requestIdOf } from './request-info.js';
import { handleApi } from './api-v1.js';
import { FORM_LIMIT, handleAlerts } from './public-pages/alerts.js';
import { handlePortal } from './public-pages/index.js';
import {
  DEFAULT_PUBLIC_CACHE,
  PublicCache,
  sendHit,
  type PublicCacheOptions,
} from './public-cache.js';
import { answerClientError } from './client-error.js';
import { answerRaw } from './raw-reply.js';
import { securityHeaders } from './security-headers.js';
import { sendJson } from './send.js';
import { defaultApps, serveApp, type StaticApp } from './static-files.js';
import { TRPC_PREFIX, publicTrpcKey, trpcRoutes } from './trpc-routes.js';
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

  // The request id of each request, made once in the server's own handler (below) for Fastify to use.
  const requestIds = new WeakMap<IncomingMessage, string>();
  const rest = (request: FastifyRequest, reply: FastifyReply) =>
    answerRaw(request, reply, logger, (req, res) =>
      routeRest(req, res, request.id, typeof request.body === 'string' ? request.body : ''),
    );

  /** What is not tRPC or health: the open-data API, the portal's server pages and alerts, the apps' files. */
  async function routeRest(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    form: string,
  ) {
    const path = pathOf(req);
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
      ((await handleAlerts(req, res, path, portal, form)) ||
        (await handlePortal(req, res, path, portal)))
    )
      return;
    if (!app) return sendJson(req, res, 404, { error: { message: 'Not found' } });
    return serveApp(req, res, app, path);
  }

  let server!: Server;
  const fastify = Fastify({
    logger: false,
    genReqId: (req) => requestIds.get(req) ?? requestIdOf(req),
    // Our own readiness answer says when the server is closing; requests in flight finish.
    return503OnClosing: false,
    routerOptions: { maxParamLength: 8_192 },
    // As node answers a request it cannot parse, and never into a response already under way on the socket.
    clientErrorHandler: answerClientError,
    // An address Fastify's router cannot decode (`/%E0%A4%A`) is left to the portal's own not-found page.
    frameworkErrors: (_error, request, reply: FastifyReply) => void rest(request, reply),
    /**
     * Node's server, so a public read the cache holds goes out before Fastify routes it (as a caching proxy
     * in front would answer it), and every request is logged and counted for shutdown in one place.
     */
    serverFactory: (handler) => {
      server = createServer((req, res) => {
        const started = performance.now();
        const requestId = requestIdOf(req);
        const path = pathOf(req);
        inFlight.add(res);
        res.once('close', () => {
          logger.request({
            requestId,
            method: req.method,
            path,
            status: res.writableFinished ? res.statusCode : 499,
            ms: Math.round((performance.now() - started) * 10) / 10,
          });
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
        // Every other reply, Fastify's own refusals included, carries them too.
        for (let i = 0; i < everyReply.length; i += 2)
          res.setHeader(everyReply[i]!, everyReply[i + 1]!);
        res.setHeader('x-request-id', requestId);
        if (closing) res.setHeader('connection', 'close');
        requestIds.set(req, requestId);
        handler(req, res);
      });
      server.requestTimeout = 120_000;
      return server;
    },
  });
  try {
    fastify.setErrorHandler(async (error: FastifyError, request, reply) => {
      // What the client sent wrong (a Content-Length that is not a number, a broken body): its own status.
      if (error.statusCode !== undefined && error.statusCode < 500)
        return reply
          .code(error.statusCode)
          .header('cache-control', 'no-store')
          .send({ error: { message: error.message } });
      logger.error({ msg: 'request failed', requestId: request.id, ...describeError(error) });
      return reply
        .code(500)
        .header('cache-control', 'no-store')
        .send({ error: { message: `Something went wrong on the server (request ${request.id})` } });
    });
    await fastify.register(
      trpcRoutes({
        db: database.db,
        secure: config.secure,
        publicOrigin: config.publicOrigin,
        trustProxy: config.trustProxy,
        rateLimiter,
        logger,
        now,
        bodyLimit: options.bodyLimit,
        cache,
      }),
    );
    await fastify.register(healthRoutes({ database, logger, closing: () => closing }));
    await fastify.register((scope, _options, done) => {
      // The portal's forms (alerts) arrive urlencoded, a few fields; other bodies are not ours to read.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: FORM_LIMIT },
        (_request, body, parsed) => parsed(null, body),
      );
      scope.addContentTypeParser('*', (_request, _payload, parsed) => parsed(null));
      scope.setErrorHandler((error: FastifyError, request, reply) => {
        if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error;
        return reply
          .code(413)
          .headers({
            'content-type': 'text/plain; charset=utf-8',
            'cache-control': 'no-store',
            connection: 'close',
          })
          .send('The form is too large.\n');
      });
      scope.all('*', rest);
      scope.setNotFoundHandler(rest);
      done();
    });
    await fastify.ready();

    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    // Neither Fastify nor the watch's connection may outlive a server that never started.
    await fastify.close().catch(() => undefined);
    await watch?.close();
    throw e;
  }
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
    // Fastify closes only a server it listened with itself; this one was listened on below.
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
    await fastify.close();
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
