import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { TRPCError } from '@trpc/server';
import type { Db } from '@irr/db';
import { clientIpOf, ownOriginOf } from '../request-info.js';
import { send } from '../send.js';
import { setAssetRoot } from './assets.js';
import { accessibilityPage, notFoundPage, openDataPage } from './about.js';
import { publicApi, type PublicApi } from './api.js';
import { FINDING_COLUMNS, RESPONSE_COLUMNS, toCsv, toJson } from './data.js';
import { atomFeed, sitemap } from './feed.js';
import { findingPage } from './finding.js';
import { forcePage } from './force.js';
import { forcesPage, homePage } from './home.js';
import { responsePage } from './response.js';
import { filtersFrom, searchPage } from './search.js';

export interface PortalOptions {
  db: Db;
  now: () => Date;
  requestId: string;
  publicOrigin: string | null;
  trustProxy: boolean;
  /** The built portal (stylesheet and script); until it is built the static host explains how. */
  root: string;
}

type Reply = { type: string; body: string; filename?: string };
type Route = (api: PublicApi, m: string[], params: URLSearchParams, origin: string) => Promise<Reply | null>;

const HTML = 'text/html; charset=utf-8';
const seg = (s: string) => decodeURIComponent(s);
const page = (p: Promise<{ toString(): string }>) => p.then((b) => ({ type: HTML, body: b.toString() }));

function responseFilters(params: URLSearchParams) {
  const f = filtersFrom(params);
  return { organisationSlug: f.organisationSlug, year: f.year, reportType: f.reportType };
}

const ROUTES: [RegExp, Route][] = [
  [/^\/$/, (api) => page(homePage(api))],
  [/^\/forces\/?$/, (api) => page(forcesPage(api))],
  [/^\/forces\/([a-z0-9-]{1,80})\/?$/, (api, m) => page(forcePage(api, m[1]!))],
  [
    /^\/forces\/([a-z0-9-]{1,80})\/responses\/([a-z0-9-]{1,80})\/?$/,
    (api, m, params) => {
      const v = Number(params.get('version'));
      return page(responsePage(api, m[1]!, m[2]!, Number.isInteger(v) && v > 0 ? v : undefined));
    },
  ],
  [/^\/forces\/([a-z0-9-]{1,80})\/responses\/([a-z0-9-]{1,80})\/findings\/([^/]{1,120})$/, (api, m) => page(findingPage(api, m[1]!, m[2]!, seg(m[3]!)))],
  [/^\/search\/?$/, (api, _m, params) => page(searchPage(api, params))],
  [/^\/open-data\/?$/, () => page(Promise.resolve(openDataPage()))],
  [/^\/accessibility\/?$/, () => page(Promise.resolve(accessibilityPage()))],
  [
    /^\/data\/findings\.(csv|json)$/,
    async (api, m, params, origin) => {
      const filters = filtersFrom(params);
      const rows = await api.findingsData(filters);
      return m[1] === 'csv'
        ? { type: 'text/csv; charset=utf-8', body: toCsv(FINDING_COLUMNS, rows, origin), filename: 'findings.csv' }
        : { type: 'application/json; charset=utf-8', body: toJson(FINDING_COLUMNS, rows, origin, { dataset: 'findings', filters }), filename: 'findings.json' };
    },
  ],
  [
    /^\/data\/responses\.(csv|json)$/,
    async (api, m, params, origin) => {
      const filters = responseFilters(params);
      const rows = await api.responsesData(filters);
      return m[1] === 'csv'
        ? { type: 'text/csv; charset=utf-8', body: toCsv(RESPONSE_COLUMNS, rows, origin), filename: 'responses.csv' }
        : { type: 'application/json; charset=utf-8', body: toJson(RESPONSE_COLUMNS, rows, origin, { dataset: 'responses', filters }), filename: 'responses.json' };
    },
  ],
  [/^\/feed\.xml$/, async (api, _m, _p, origin) => ({ type: 'application/atom+xml; charset=utf-8', body: atomFeed(await api.latest({ limit: 50 }), origin, '/feed.xml', 'Inspection Response Register: new and updated responses') })],
  [
    /^\/forces\/([a-z0-9-]{1,80})\/feed\.xml$/,
    async (api, m, _p, origin) => {
      const { organisation } = await api.organisation({ slug: m[1]! });
      return { type: 'application/atom+xml; charset=utf-8', body: atomFeed(await api.latest({ organisationSlug: m[1]!, limit: 50 }), origin, `/forces/${m[1]!}/feed.xml`, `${organisation.name}: new and updated responses`) };
    },
  ],
  [/^\/sitemap\.xml$/, async (api, _m, _p, origin) => ({ type: 'application/xml; charset=utf-8', body: sitemap(await api.permalinks(), origin) })],
  [/^\/robots\.txt$/, (_api, _m, _p, origin) => Promise.resolve({ type: 'text/plain; charset=utf-8', body: `User-agent: *\nAllow: /\nDisallow: /admin/\nSitemap: ${origin}/sitemap.xml\n` })],
];

/** The server-rendered portal, feeds and downloads. False when the path is not the portal's (assets, other apps). */
export async function handlePortal(req: IncomingMessage, res: ServerResponse, path: string, options: PortalOptions): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!existsSync(options.root)) return false;
  setAssetRoot(options.root);
  const route = ROUTES.map(([re, fn]) => [re.exec(path), fn] as const).find(([m]) => m !== null);
  // Page-like paths the portal does not know get its own 404 page; files (assets) fall through.
  const pageLike = !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
  if (!route && !pageLike) return false;
  const params = new URL(req.url ?? '/', 'http://x').searchParams;
  const origin = options.publicOrigin ?? ownOriginOf(req, options.trustProxy) ?? 'http://localhost';
  const api = publicApi(options.db, options.now, options.requestId, clientIpOf(req, options.trustProxy));
  let reply: Reply | null = null;
  let status = 200;
  try {
    reply = route ? await route[1](api, [...route[0]!], params, origin) : null;
  } catch (e) {
    if (!(e instanceof TRPCError) || (e.code !== 'NOT_FOUND' && e.code !== 'BAD_REQUEST')) throw e;
  }
  if (!reply) {
    status = 404;
    reply = { type: HTML, body: notFoundPage().toString() };
  }
  const headers: Record<string, string> = { 'content-type': reply.type, 'cache-control': 'no-cache' };
  if (reply.filename) headers['content-disposition'] = `inline; filename="${reply.filename}"`;
  await send(req, res, { status, headers, body: reply.body, etag: true });
  return true;
}
