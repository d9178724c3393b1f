import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RateLimiter } from '@irr/api';
import { openApiDocument, REST_ROUTES, type OpenApiOperation, type RestRoute } from '@irr/api/rest';
import type { Db } from '@irr/db';
import { londonDateOf } from '@irr/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { publicApiFor, type PublicApi } from './public-pages/api.js';
import { sendPublic, type Built, type PublicCache } from './public-cache.js';
import { send } from './send.js';
import { retryAfterOf } from './too-many-requests.js';

/** What the read API, and the portal beside it, are given. */
export interface ApiOptions {
  db: Db;
  now: () => Date;
  requestId: string;
  /** The origin the description names as the server: configured, never the request's Host. */
  linkOrigin: string;
  trustProxy: number;
  rateLimiter: RateLimiter;
  /** Shared public replies, emptied whenever something public is committed. */
  cache?: PublicCache | null;
}

const API_PREFIX = '/api/';
const V1 = '/api/v1';
const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/**
 * Anyone's page may read the public data (a newsroom's notebook, another council's site): no cookies
 * are read here, so `*` gives away nothing a plain request would not.
 */
export const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Link, Retry-After, Content-Disposition',
  // Helmet's default (same-origin) would stop other sites embedding what they may read anyway.
  'cross-origin-resource-policy': 'cross-origin',
};

const PREFLIGHT_HEADERS: Record<string, string> = {
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match, Accept',
  'access-control-max-age': '86400',
};

/** The answer to a browser's question before a cross-origin GET with headers (`If-None-Match`). */
export function preflight(res: ServerResponse): void {
  for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
  res.writeHead(204, { ...PREFLIGHT_HEADERS, allow: 'GET, HEAD, OPTIONS' }).end();
}

interface Endpoint {
  route: RestRoute;
  operation: OpenApiOperation;
  pattern: RegExp;
  names: string[];
}

// The description at the origin of links is made once per origin (it does not change while running).
const described = new Map<string, ReturnType<typeof openApiDocument>>();
/** The API's OpenAPI description, its server at `origin`: served as JSON and rendered as the portal's `/api`. */
export function documentFor(origin: string) {
  let doc = described.get(origin);
  if (!doc) {
    doc = openApiDocument(`${origin}${V1}`);
    described.set(origin, doc);
  }
  return doc;
}

const ENDPOINTS: Endpoint[] = REST_ROUTES.map((route) => ({
  route,
  operation: documentFor('').paths[route.path]!.get,
  names: [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
  pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '([^/]+)')}/?$`),
}));

interface Problem {
  status: number;
  title: string;
  detail: string;
  code?: string | null;
  field?: string | null;
  allowed?: string[];
}

class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  429: 'Too many requests',
};

function problemReply(problem: Problem, headers: Record<string, string> = {}): Built {
  const body = {
    type: 'about:blank',
    ...problem,
    title: problem.title || TITLES[problem.status],
    documentation: '/api',
  };
  return {
    reply: {
      status: problem.status,
      headers: { 'content-type': PROBLEM_TYPE, 'cache-control': 'no-store', ...headers },
      body: Buffer.from(`${JSON.stringify(body, null, 2)}\n`),
    },
    shareable: false,
  };
}

/** A path segment as text; null when its escapes are malformed. */
function segment(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** The procedure's input from the address: path segments and query parameters, numbers as numbers. */
function inputOf(endpoint: Endpoint, match: RegExpExecArray, params: URLSearchParams) {
  const input: Record<string, unknown> = {};
  endpoint.names.forEach((name, i) => {
    const value = segment(match[i + 1]!);
    if (value === null)
      throw new ProblemError({ status: 404, title: '', detail: 'No such address' });
    input[name] = value;
  });
  const query = endpoint.operation.parameters.filter((p) => p.in === 'query');
  for (const name of new Set(params.keys())) {
    const parameter = query.find((p) => p.name === name);
    if (!parameter) {
      throw new ProblemError({
        status: 400,
        title: '',
        detail: `${name} is not a parameter of this endpoint`,
        field: name,
        allowed: query.map((p) => p.name),
      });
    }
    const values = params.getAll(name);
    if (values.length > 1) {
      throw new ProblemError({
        status: 400,
        title: '',
        detail: `${name} is given twice`,
        field: name,
      });
    }
    const text = values[0]!.trim();
    if (text === '') continue;
    const type = parameter.schema.type;
    if (type === 'integer' || type === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(text)) {
        throw new ProblemError({
          status: 400,
          title: '',
          detail: `${name} must be a number, not "${text.slice(0, 40)}"`,
          field: name,
        });
      }
      input[name] = Number(text);
    } else {
      input[name] = text;
    }
  }
  return input;
}

/** A refusal from a procedure as a problem: its code and field, or the first thing its schema refused. */
function problemOf(error: unknown): Problem | null {
  if (error instanceof ProblemError) return error.problem;
  if (!(error instanceof TRPCError)) return null;
  const status = { BAD_REQUEST: 400, NOT_FOUND: 404, TOO_MANY_REQUESTS: 429 }[error.code as string];
  if (!status) return null;
  if (error.cause instanceof z.ZodError) {
    const issue = error.cause.issues[0]!;
    const field = issue.path.join('.');
    return { status, title: '', detail: `${field}: ${issue.message}`, code: null, field };
  }
  const cause = error.cause as { code?: string; field?: string | null } | undefined;
  return {
    status,
    title: '',
    detail: error.message,
    code: cause?.code ?? null,
    field: cause?.field ?? null,
  };
}

/**
 * A response or finding asked for at its response's old address (the report's slug, as before each
 * response had its own): a 301 to the same endpoint at the new one, as the portal answers; else null.
 */
async function movedAddress(
  api: PublicApi,
  endpoint: Endpoint,
  match: RegExpExecArray,
  path: string,
  params: URLSearchParams,
): Promise<Built | null> {
  const at = endpoint.names.indexOf('responseSlug');
  const org = endpoint.names.indexOf('organisationSlug');
  if (at < 0 || org < 0) return null;
  const slug = segment(match[at + 1]!);
  const organisationSlug = segment(match[org + 1]!);
  if (!slug || !organisationSlug) return null;
  const { responseSlug } = await api.movedResponse({ organisationSlug, slug });
  if (!responseSlug) return null;
  const query = params.toString();
  const location = `${path.replace(`/responses/${match[at + 1]!}`, `/responses/${responseSlug}`)}${query ? `?${query}` : ''}`;
  return {
    reply: {
      status: 301,
      headers: { location, 'content-type': JSON_TYPE, 'cache-control': 'no-cache' },
      body: Buffer.from(`${JSON.stringify({ location })}\n`),
    },
    shareable: false,
  };
}

/** `<next page>; rel="next"`: the same address with the answer's cursor. */
function nextLink(origin: string, path: string, params: URLSearchParams, next: string): string {
  const query = new URLSearchParams(params);
  query.set('cursor', next);
  return `<${origin}${path}?${query.toString()}>; rel="next"`;
}

/**
 * The read API (`/api/v1`, described at `/api/openapi.json`): GET only, JSON out, each endpoint one
 * `public` procedure, answered from the public cache with an ETag like the portal's pages. False when
 * the path is not under `/api/`.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  options: ApiOptions,
): Promise<boolean> {
  // `/api` itself is the portal's page documenting the API.
  if (!path.startsWith(API_PREFIX) || path === API_PREFIX) return false;
  for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
  if (req.method === 'OPTIONS') {
    preflight(res);
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const { reply } = problemReply(
      { status: 405, title: '', detail: 'The API is read-only: use GET' },
      { allow: 'GET, HEAD, OPTIONS' },
    );
    await send(req, res, reply);
    return true;
  }
  const origin = options.linkOrigin;
  if (path === '/api/openapi.json') {
    await send(req, res, {
      status: 200,
      headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-cache' },
      body: `${JSON.stringify(documentFor(origin), null, 2)}\n`,
      etag: true,
    });
    return true;
  }
  const params = new URL(req.url ?? '/', 'http://x').searchParams;
  const found = path.startsWith(`${V1}/`)
    ? ENDPOINTS.map((e) => [e, e.pattern.exec(path.slice(V1.length))] as const).find(
        ([, m]) => m !== null,
      )
    : undefined;
  const build = async (): Promise<Built> => {
    if (!found) {
      return problemReply({
        status: 404,
        title: '',
        detail: `No endpoint at ${path.slice(0, 200)}: the endpoints are listed at /api/openapi.json`,
      });
    }
    const [endpoint, match] = found;
    const api = publicApiFor(req, options);
    try {
      const input = inputOf(endpoint, match!, params);
      const call = api[endpoint.route.procedure] as (input: unknown) => Promise<unknown>;
      const answer = await call(endpoint.route.input ? input : undefined);
      const next = endpoint.route.paged ? (answer as { next: string | null }).next : null;
      return {
        reply: {
          status: 200,
          headers: {
            'content-type': JSON_TYPE,
            'cache-control': 'no-cache',
            ...(next && { link: nextLink(origin, path, params, next) }),
          },
          body: Buffer.from(JSON.stringify(answer)),
        },
        shareable: true,
      };
    } catch (e) {
      const problem = problemOf(e);
      if (!problem) throw e;
      if (problem.status === 404) {
        const moved = await movedAddress(api, endpoint, match!, path, params);
        if (moved) return moved;
      }
      const retryAfter = retryAfterOf(e);
      return problemReply(
        problem,
        retryAfter === null ? {} : { 'retry-after': String(retryAfter) },
      );
    }
  };
  // Answers depend on the request, the origin of links and the London date only.
  const key = `api ${londonDateOf(options.now())} ${origin} ${req.url ?? ''}`;
  await sendPublic(req, res, options.cache, key, build);
  return true;
}
