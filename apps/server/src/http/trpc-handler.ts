import type { IncomingMessage, ServerResponse } from 'node:http';
import { appRouter, type RateLimiter } from '@irr/api';
import type { Db } from '@irr/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { AppError, londonDateOf, type AppErrorCode } from '@irr/domain';
import { csrfRefusal } from './csrf.js';
import { describeError, type Logger } from './logger.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { toFetchRequest } from './fetch-request.js';
import { sendPublic, type Built, type PublicCache, type PublicReply } from './public-cache.js';
import { header } from './request-info.js';
import { send, sendJson } from './send.js';
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

export async function handleTrpc(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  options: TrpcHostOptions,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'POST') {
    await sendJson(
      req,
      res,
      405,
      trpcError('Use GET for queries and POST for mutations', 'METHOD_NOT_SUPPORTED', 405, -32005),
      { allow: 'GET, POST' },
    );
    return;
  }
  const url = new URL(req.url ?? '/', 'http://irr.invalid');
  const procedures = proceduresOf(url);
  if (procedures.length > MAX_CALLS_PER_REQUEST) {
    const message = `One request may batch at most ${MAX_CALLS_PER_REQUEST} calls; this one has ${procedures.length}. Send them in smaller batches.`;
    await sendJson(req, res, 400, trpcError(message, 'BAD_REQUEST', 400, -32600));
    return;
  }
  if (method === 'POST') {
    const refusal = csrfRefusal(req, options.publicOrigin, options.trustProxy);
    if (refusal) {
      await sendJson(
        req,
        res,
        403,
        trpcError(
          `${refusal}: changes are accepted only from this site's own pages`,
          'FORBIDDEN',
          403,
          -32003,
          'CSRF_REFUSED',
        ),
      );
      return;
    }
  }
  let body: Buffer | undefined;
  if (method === 'POST') {
    try {
      body = await readBody(req, options.bodyLimit ?? TRPC_BODY_LIMIT);
    } catch (e) {
      if (!(e instanceof BodyTooLargeError)) throw e;
      await sendJson(req, res, 413, trpcError(e.message, 'PAYLOAD_TOO_LARGE', 413, -32013), {
        connection: 'close',
      });
      return;
    }
  }

  const allPublic = procedures.length > 0 && procedures.every((p) => p.startsWith('public.'));
  // A streamed (JSON Lines) answer is sent as 200 before its procedures run, errors inside it:
  // never shared, nor marked cacheable. tRPC streams when either header asks for JSON Lines.
  const streamed = [header(req, 'trpc-accept'), header(req, 'accept')].some((h) =>
    h?.split(',').some((t) => t.trim() === 'application/jsonl'),
  );
  const run = async (): Promise<Built> => {
    const { reply, setCookies } = await runProcedures(
      req,
      res,
      requestId,
      options,
      url,
      body,
      allPublic,
    );
    const cacheable =
      method === 'GET' && allPublic && !streamed && reply.status === 200 && setCookies.length === 0;
    reply.headers['cache-control'] = cacheable ? PUBLIC_CACHE : 'no-store';
    if (setCookies.length) reply.headers['set-cookie'] = setCookies;
    return { reply, shareable: cacheable };
  };
  if (method === 'GET' && allPublic && !streamed) {
    await sendPublic(req, res, options.cache, publicTrpcKey(req, options.now), run);
    return;
  }
  let built: Built;
  try {
    built = await run();
  } finally {
    // Before the answer goes: whoever it reaches then reads through this process what it wrote.
    if (method === 'POST') options.cache?.noteWrite();
  }
  await send(req, res, { ...built.reply, etag: built.shareable });
}

/** Run the procedures the URL names; the reply's headers hold its content type only. */
async function runProcedures(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  options: TrpcHostOptions,
  url: URL,
  body: Buffer | undefined,
  allPublic: boolean,
): Promise<{ reply: PublicReply; setCookies: string[] }> {
  const { createContext, setCookies } = requestContext(req, {
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
    req: toFetchRequest(req, res, url, body),
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
