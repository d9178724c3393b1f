import type { IncomingMessage } from 'node:http';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { appRouter, type RateLimiter } from '@irr/api';
import type { Db } from '@irr/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { AppError, londonDateOf, type AppErrorCode } from '@irr/domain';
import { csrfRefusal } from './csrf.js';
import { describeError, type Logger } from './logger.js';
import { toFetchRequest } from './fetch-request.js';
import { sendPublic, type Built, type PublicCache, type PublicReply } from './public-cache.js';
import { header } from './request-info.js';
import { COMPRESS_MIN_BYTES } from './compression.js';
import type { SetCookie } from './cookies.js';
import { answerRaw } from './raw-reply.js';
import { retryAfterOf } from './too-many-requests.js';
import { requestContext } from './trpc-context.js';

export const TRPC_PREFIX = '/trpc';
/** Imports of many records arrive in one mutation. */
const TRPC_BODY_LIMIT = 25 * 1024 * 1024;
/**
 * Calls one request may batch: each runs in parallel, so a request of hundreds would hold the
 * database from everyone else. The admin app's batch link sends at most this many.
 */
const MAX_CALLS_PER_REQUEST = 10;
/** Public reads may be cached by browsers and CDNs for a minute, and served stale while they refresh. */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';

export interface TrpcHostOptions {
  db: Db;
  secure: boolean;
  publicOrigin: string | null;
  trustProxy: number;
  rateLimiter: RateLimiter;
  logger: Logger;
  now: () => Date;
  bodyLimit?: number;
  /** Shared public answers; none in tests that count queries or want every read computed. */
  cache?: PublicCache | null;
}

/** `/trpc/a.b,c.d?batch=1` → ['a.b', 'c.d']. */
function proceduresOf(url: URL): string[] {
  const raw = url.pathname.slice(TRPC_PREFIX.length + 1);
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape names no procedure; tRPC answers 404 for it.
  }
  return decoded.split(',').filter(Boolean);
}

/** A tRPC-shaped error, so the apps' tRPC client reports it like any other. */
function trpcError(
  message: string,
  code: 'BAD_REQUEST' | 'FORBIDDEN' | 'PAYLOAD_TOO_LARGE' | 'METHOD_NOT_SUPPORTED',
  httpStatus: number,
  rpcCode: number,
  domainCode: AppErrorCode | null = null,
) {
  return { error: { message, code: rpcCode, data: { code, httpStatus, domainCode } } };
}

/**
 * The public cache's key for a GET of public procedures. Their answers depend on the request and the London
 * date only (they are computed as anonymous); the headers tRPC chooses its output format by are part of it.
 */
export function publicTrpcKey(req: IncomingMessage, now: () => Date): string {
  // JSON keeps the two headers apart whatever they hold (a separator could be forged inside one).
  const format = JSON.stringify([
    header(req, 'trpc-accept') ?? null,
    header(req, 'accept') ?? null,
  ]);
  return `trpc ${londonDateOf(now())} ${format} ${req.url ?? ''}`;
}

/** The refusal of a request before its body is read, or null to go on. */
function refusalOf(request: FastifyRequest, options: TrpcHostOptions): TrpcRefusal | null {
  const method = request.method;
  if (method !== 'GET' && method !== 'POST')
    return {
      status: 405,
      body: trpcError(
        'Use GET for queries and POST for mutations',
        'METHOD_NOT_SUPPORTED',
        405,
        -32005,
      ),
      headers: { allow: 'GET, POST' },
    };
  const procedures = proceduresOf(new URL(request.url, 'http://irr.invalid'));
  if (procedures.length > MAX_CALLS_PER_REQUEST) {
    const message = `One request may batch at most ${MAX_CALLS_PER_REQUEST} calls; this one has ${procedures.length}. Send them in smaller batches.`;
    return { status: 400, body: trpcError(message, 'BAD_REQUEST', 400, -32600) };
  }
  if (method === 'POST') {
    const refusal = csrfRefusal(request.raw, options.publicOrigin, options.trustProxy);
    if (refusal)
      return {
        status: 403,
        body: trpcError(
          `${refusal}: changes are accepted only from this site's own pages`,
          'FORBIDDEN',
          403,
          -32003,
          'CSRF_REFUSED',
        ),
      };
  }
  return null;
}

interface TrpcRefusal {
  status: number;
  body: ReturnType<typeof trpcError>;
  headers?: Record<string, string>;
}

/**
 * `/trpc` on Fastify: refusals (method, batch size, CSRF) before the body is read, the body read by Fastify
 * within its limit, cookies through @fastify/cookie and staff replies compressed by @fastify/compress. Public
 * reads go out through the public cache, which holds their bytes, ETags and compressed forms.
 */
export function trpcRoutes(options: TrpcHostOptions): FastifyPluginAsync {
  return async (app) => {
    await app.register(fastifyCookie);
    await app.register(fastifyCompress, {
      encodings: ['br', 'gzip'],
      threshold: COMPRESS_MIN_BYTES,
      // A 40-byte brotli body inflates to the whole 25 MB limit: request bodies are taken as sent.
      globalDecompression: false,
    });
    // Every body as bytes: tRPC's fetch adapter parses it.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    app.addHook('onRequest', async (request, reply) => {
      const refusal = refusalOf(request, options);
      if (!refusal) return;
      await reply
        .code(refusal.status)
        .headers({ 'cache-control': 'no-store', ...refusal.headers })
        .send(refusal.body);
      return reply;
    });
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        const limit = options.bodyLimit ?? TRPC_BODY_LIMIT;
        const message = `The request body is larger than ${Math.round(limit / (1024 * 1024))} MB`;
        return reply
          .code(413)
          .headers({ 'cache-control': 'no-store', connection: 'close' })
          .send(trpcError(message, 'PAYLOAD_TOO_LARGE', 413, -32013));
      }
      if (error.statusCode !== undefined && error.statusCode < 500)
        return reply
          .code(400)
          .header('cache-control', 'no-store')
          .send(trpcError(error.message, 'BAD_REQUEST', 400, -32600));
      throw error;
    });
    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const method = request.method;
      const url = new URL(request.url, 'http://irr.invalid');
      const procedures = proceduresOf(url);
      const body = request.body as Buffer | undefined;
      const allPublic = procedures.length > 0 && procedures.every((p) => p.startsWith('public.'));
      // A streamed (JSON Lines) answer is sent as 200 before its procedures run, errors inside it:
      // never shared, nor marked cacheable. tRPC streams when either header asks for JSON Lines.
      const streamed = [request.headers['trpc-accept'], request.headers.accept].some(
        (h) => typeof h === 'string' && h.split(',').some((t) => t.trim() === 'application/jsonl'),
      );
      const run = async (): Promise<Built & { setCookies: SetCookie[] }> => {
        const { reply: built, setCookies } = await runProcedures(
          request,
          reply,
          options,
          url,
          body,
          allPublic,
        );
        const cacheable =
          method === 'GET' && allPublic && !streamed && built.status === 200 && !setCookies.length;
        built.headers['cache-control'] = cacheable ? PUBLIC_CACHE : 'no-store';
        return { reply: built, shareable: cacheable, setCookies };
      };
      if (method === 'GET' && allPublic && !streamed) {
        // Public reads are anonymous: no cookies to set, so the cache's own writer sends them.
        return answerRaw(request, reply, options.logger, (req, res) =>
          sendPublic(req, res, options.cache, publicTrpcKey(req, options.now), run),
        );
      }
      let built: Awaited<ReturnType<typeof run>>;
      try {
        built = await run();
      } finally {
        // Before the answer goes: whoever it reaches then reads through this process what it wrote.
        if (method === 'POST') options.cache?.noteWrite();
      }
      for (const [name, value, cookie] of built.setCookies) reply.setCookie(name, value, cookie);
      return reply.code(built.reply.status).headers(built.reply.headers).send(built.reply.body);
    };
    const bodyLimit = options.bodyLimit ?? TRPC_BODY_LIMIT;
    app.all(TRPC_PREFIX, { bodyLimit }, handler);
    app.all(`${TRPC_PREFIX}/*`, { bodyLimit }, handler);
  };
}

/** Run the procedures the URL names; the reply's headers hold its content type only. */
async function runProcedures(
  request: FastifyRequest,
  reply: FastifyReply,
  options: TrpcHostOptions,
  url: URL,
  body: Buffer | undefined,
  allPublic: boolean,
): Promise<{ reply: PublicReply; setCookies: SetCookie[] }> {
  const requestId = request.id;
  const { createContext, setCookies } = requestContext(request, {
    db: options.db,
    secure: options.secure,
    trustProxy: options.trustProxy,
    rateLimiter: options.rateLimiter,
    now: options.now,
    requestId,
    anonymous: allPublic,
  });

  const response = await fetchRequestHandler({
    endpoint: TRPC_PREFIX,
    req: toFetchRequest(request.raw, reply.raw, url, body),
    router: appRouter,
    createContext,
    // A refusal for a rate limit or a busy server says when to come back (the longest wait of a batch).
    responseMeta: ({ errors }) => {
      const waits = errors.map(retryAfterOf).filter((s) => s !== null);
      return waits.length ? { headers: { 'retry-after': String(Math.max(...waits)) } } : {};
    },
    onError: ({ error, path }) => {
      if (error.code !== 'INTERNAL_SERVER_ERROR') {
        // What a user can cause (a refusal, a wrong input) is routine: at debug, by code only, as a
        // message may quote what they typed.
        options.logger.debug({
          msg: 'procedure refused',
          requestId,
          procedure: path ?? null,
          code: error.code,
          ...(error.cause instanceof AppError && { appCode: error.cause.code }),
        });
        return;
      }
      options.logger.error({
        msg: 'procedure failed',
        requestId,
        procedure: path ?? null,
        ...describeError(error.cause ?? error),
      });
    },
  });
  return {
    reply: {
      status: response.status,
      headers: {
        'content-type': response.headers.get('content-type') ?? 'application/json',
        // tRPC's answer varies with trpc-accept and accept: caches between us and readers must know.
        ...(response.headers.get('vary') && { vary: response.headers.get('vary')! }),
        ...(response.headers.get('retry-after') && {
          'retry-after': response.headers.get('retry-after')!,
        }),
      },
      body: Buffer.from(await response.arrayBuffer()),
    },
    setCookies,
  };
}
