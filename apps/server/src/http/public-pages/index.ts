import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { TRPCError } from '@trpc/server';
import { londonDateOf } from '@irr/domain';
import { CORS_HEADERS, documentFor, preflight, type ApiOptions } from '../api-v1.js';
import { sendPublic, type Built } from '../public-cache.js';
import { retryAfterOf } from '../too-many-requests.js';
import { renderPortalPage, type PortalView } from '@irr/public/server';
import { portalAssets, setAssetRoot } from './assets.js';
import { publicApiFor, type PublicApi } from './api.js';
import {
  COMPLIANCE_COLUMNS,
  complianceRows,
  FINDING_COLUMNS,
  RESPONSE_COLUMNS,
  toCsv,
  toJson,
} from './data.js';
import { dataPackage, jsonSchema } from './data-schemas.js';
import { atomFeed, sitemap, SITEMAP_LIMIT } from './feed.js';
import {
  DATA_PARAMETERS,
  dataParameterProblem,
  filtersFrom,
  periodFrom,
  unreadableParameter,
} from './filters.js';

/** What the read API is given (the origin of absolute links is configured, never the request's Host), and: */
export interface PortalOptions extends ApiOptions {
  /** The built portal (stylesheet and script); until it is built the static host explains how. */
  root: string;
  /** URLs per sitemap file before `/sitemap.xml` becomes an index (50,000; tests set fewer). */
  sitemapLimit?: number;
}

/** A file's body, or a page's view, which is rendered where its canonical address is known. */
type Reply = { type: string; filename?: string; status?: number; location?: string } & (
  { body: string } | { view: PortalView }
);
type Route = (
  api: PublicApi,
  m: string[],
  params: URLSearchParams,
  origin: string,
  limits: { sitemap: number },
) => Promise<Reply | null>;

const HTML = 'text/html; charset=utf-8';
/** A path segment as text, or null when its escapes are malformed (`%E0%A4%A`): no such page. */
const seg = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};
/** A page: its data from the `public` procedures, rendered by the portal's React components to HTML. */
const page = (view: PortalView): Promise<Reply> => Promise.resolve({ type: HTML, view });

/**
 * A page's one address, for its canonical link and og:url: no trailing slash, and only the query
 * parameters that choose what it shows (a response's version, a search's filters and page).
 */
function canonicalPath(path: string, params: URLSearchParams): string {
  const bare = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const keep = /^\/search$/.test(bare)
    ? [...DATA_PARAMETERS.findings, 'page']
    : /^\/forces\/[^/]+\/responses\/[^/]+$/.test(bare)
      ? ['version']
      : /^(\/forces\/[^/]+)?\/compliance$/.test(bare)
        ? ['from', 'to']
        : [];
  const query = new URLSearchParams(
    keep.flatMap((name) => {
      const value = params.get(name)?.trim();
      return value ? [[name, value] as [string, string]] : [];
    }),
  ).toString();
  return query ? `${bare}?${query}` : bare;
}

/**
 * CSV as the GOV.UK tabular data standard asks: plain UTF-8 with no byte-order mark. `?excel=1` gives the
 * same bytes after a BOM, which Excel needs to read UTF-8 ("report’s", not "reportâ€™s").
 */
function csvReply(csv: string, dataset: string, params: URLSearchParams): Reply {
  const excel = params.get('excel') === '1';
  return {
    type: 'text/csv; charset=utf-8',
    body: excel ? `\ufeff${csv}` : csv,
    filename: excel ? `${dataset}-excel.csv` : `${dataset}.csv`,
  };
}

const feedReply = (body: string): Reply => ({
  type: 'application/atom+xml; charset=utf-8',
  body,
});

/** A description of the open data (Data Package, JSON Schema), as indented JSON. */
const jsonReply = (value: unknown): Reply => ({
  type: 'application/json; charset=utf-8',
  body: `${JSON.stringify(value, null, 2)}\n`,
});

/** A download's filters it cannot read: 400, saying which and what is allowed, as text or JSON. */
function refuseData(
  params: URLSearchParams,
  dataset: 'findings' | 'responses' | 'compliance',
  format: string,
): Reply | null {
  const problem = dataParameterProblem(params, dataset);
  if (!problem) return null;
  return format === 'json'
    ? {
        status: 400,
        type: 'application/json; charset=utf-8',
        body: `${JSON.stringify({ error: problem, documentation: '/open-data' }, null, 2)}\n`,
      }
    : { status: 400, type: 'text/plain; charset=utf-8', body: `${problem}\n` };
}

function responseFilters(params: URLSearchParams) {
  const f = filtersFrom(params);
  return { organisationSlug: f.organisationSlug, year: f.year, reportType: f.reportType };
}

/**
 * A response's page, one of its findings' pages or a finding's feed asked for at the response's old address
 * (the report's slug, as before each response had its own): a 301 to the same page at the new address, query
 * and all. Any other "not found" stays one.
 */
async function orMoved(
  api: PublicApi,
  at: { organisationSlug: string; slug: string; rest: string; params: URLSearchParams },
  build: () => Promise<Reply | null>,
): Promise<Reply | null> {
  try {
    return await build();
  } catch (e) {
    if (!(e instanceof TRPCError) || e.code !== 'NOT_FOUND') throw e;
    const { responseSlug } = await api.movedResponse({
      organisationSlug: at.organisationSlug,
      slug: at.slug,
    });
    if (!responseSlug) throw e;
    const query = at.params.toString();
    const location = `/forces/${encodeURIComponent(at.organisationSlug)}/responses/${responseSlug}${at.rest}${query ? `?${query}` : ''}`;
    return {
      status: 301,
      location,
      type: 'text/plain; charset=utf-8',
      body: `Moved permanently to ${location}\n`,
    };
  }
}

const ROUTES: [RegExp, Route][] = [
  [
    /^\/$/,
    async (api) => {
      const [latest, forces, reports] = await Promise.all([
        api.latest({ limit: 40 }),
        api.organisations(),
        api.reports(),
      ]);
      return page({ view: 'home', latest, forces, reports });
    },
  ],
  [/^\/reports\/?$/, async (api) => page({ view: 'reports', reports: await api.reports() })],
  [
    /^\/reports\/([a-z0-9-]{1,80})\/?$/,
    async (api, m) => page({ view: 'report', report: await api.report({ slug: m[1]! }) }),
  ],
  [/^\/forces\/?$/, async (api) => page({ view: 'forces', forces: await api.organisations() })],
  [
    /^\/forces\/([a-z0-9-]{1,80})\/?$/,
    async (api, m) => {
      const [overview, compliance] = await Promise.all([
        api.forceOverview({ slug: m[1]! }),
        api.compliance({ organisationSlug: m[1]! }),
      ]);
      return page({ view: 'force', slug: m[1]!, overview, compliance });
    },
  ],
  [
    /^\/compliance\/?$/,
    async (api, _m, params) =>
      page({ view: 'compliance', compliance: await api.compliance(periodFrom(params)) }),
  ],
  [
    /^\/forces\/([a-z0-9-]{1,80})\/compliance\/?$/,
    async (api, m, params) =>
      page({
        view: 'compliance',
        compliance: await api.compliance({ organisationSlug: m[1]!, ...periodFrom(params) }),
      }),
  ],
  [
    /^\/data\/compliance\.(csv|json)$/,
    async (api, m, params, origin) => {
      const refused = refuseData(params, 'compliance', m[1]!);
      if (refused) return refused;
      const filters = {
        ...(params.get('organisationSlug')?.trim() && {
          organisationSlug: params.get('organisationSlug')!.trim(),
        }),
        ...periodFrom(params),
      };
      const rows = complianceRows(await api.compliance(filters));
      return m[1] === 'csv'
        ? csvReply(toCsv(COMPLIANCE_COLUMNS, rows, origin), 'compliance', params)
        : {
            type: 'application/json; charset=utf-8',
            body: toJson(COMPLIANCE_COLUMNS, rows, origin, { dataset: 'compliance', filters }),
            filename: 'compliance.json',
          };
    },
  ],
  [
    /^\/forces\/([a-z0-9-]{1,80})\/responses\/([a-z0-9-]{1,80})\/?$/,
    async (api, m, params) => {
      const v = Number(params.get('version'));
      const version = Number.isInteger(v) && v > 0 ? v : undefined;
      const at = { organisationSlug: m[1]!, slug: m[2]!, rest: '', params };
      return orMoved(api, at, async () =>
        page({
          view: 'response',
          response: await api.response({ organisationSlug: m[1]!, responseSlug: m[2]!, version }),
        }),
      );
    },
  ],
  [
    /^\/forces\/([a-z0-9-]{1,80})\/responses\/([a-z0-9-]{1,80})\/findings\/([^/]{1,120})$/,
    async (api, m, params) => {
      const ref = seg(m[3]!);
      if (ref === null) return null;
      const at = { organisationSlug: m[1]!, slug: m[2]!, rest: `/findings/${m[3]!}`, params };
      return orMoved(api, at, async () =>
        page({
          view: 'finding',
          data: await api.findingPage({ organisationSlug: m[1]!, responseSlug: m[2]!, ref }),
        }),
      );
    },
  ],
  [
    /^\/search\/?$/,
    async (api, _m, params) => {
      const filters = filtersFrom(params);
      const pageNo = Math.max(1, Math.min(1000, Number(params.get('page')) || 1));
      return page({
        view: 'search',
        filters,
        page: pageNo,
        result: await api.searchAll({ ...filters, page: pageNo, pageSize: 20 }),
      });
    },
  ],
  [
    /^\/open-data\/?$/,
    () =>
      page({
        view: 'open-data',
        findingColumns: FINDING_COLUMNS,
        responseColumns: RESPONSE_COLUMNS,
      }),
  ],
  [/^\/accessibility\/?$/, () => page({ view: 'accessibility' })],
  [/^\/api\/?$/, (_api, _m, _p, origin) => page({ view: 'api', api: documentFor(origin) })],
  [
    /^\/data\/datapackage\.json$/,
    (_api, _m, _p, origin) => Promise.resolve(jsonReply(dataPackage(origin))),
  ],
  [
    /^\/data\/(findings|responses)\.schema\.json$/,
    (_api, m, _p, origin) =>
      Promise.resolve(jsonReply(jsonSchema(m[1] as 'findings' | 'responses', origin))),
  ],
  [
    /^\/data\/findings\.(csv|json)$/,
    async (api, m, params, origin) => {
      const refused = refuseData(params, 'findings', m[1]!);
      if (refused) return refused;
      const filters = filtersFrom(params);
      const rows = await api.findingsData(filters);
      return m[1] === 'csv'
        ? csvReply(toCsv(FINDING_COLUMNS, rows, origin), 'findings', params)
        : {
            type: 'application/json; charset=utf-8',
            body: toJson(FINDING_COLUMNS, rows, origin, { dataset: 'findings', filters }),
            filename: 'findings.json',
          };
    },
  ],
  [
    /^\/data\/responses\.(csv|json)$/,
    async (api, m, params, origin) => {
      const refused = refuseData(params, 'responses', m[1]!);
      if (refused) return refused;
      const filters = responseFilters(params);
      const rows = await api.responsesData(filters);
      return m[1] === 'csv'
        ? csvReply(toCsv(RESPONSE_COLUMNS, rows, origin), 'responses', params)
        : {
            type: 'application/json; charset=utf-8',
            body: toJson(RESPONSE_COLUMNS, rows, origin, { dataset: 'responses', filters }),
            filename: 'responses.json',
          };
    },
  ],
  [
    /^\/feed\.xml$/,
    async (api, _m, _p, origin) =>
      feedReply(
        atomFeed(
          ...(await Promise.all([api.latest({ limit: 50 }), api.findingChanges({ limit: 50 })])),
          origin,
          '/feed.xml',
          'Inspection Response Register: every public change',
        ),
      ),
  ],
  [
    /^\/forces\/([a-z0-9-]{1,80})\/feed\.xml$/,
    async (api, m, _p, origin) => {
      const organisationSlug = m[1]!;
      const [{ organisation }, versions, changes] = await Promise.all([
        api.organisation({ slug: organisationSlug }),
        api.latest({ organisationSlug, limit: 50 }),
        api.findingChanges({ organisationSlug, limit: 50 }),
      ]);
      return feedReply(
        atomFeed(
          versions,
          changes,
          origin,
          `/forces/${organisationSlug}/feed.xml`,
          `${organisation.name}: every public change`,
        ),
      );
    },
  ],
  [
    /^\/reports\/([a-z0-9-]{1,80})\/feed\.xml$/,
    async (api, m, _p, origin) => {
      const reportSlug = m[1]!;
      const [{ report }, versions, changes] = await Promise.all([
        api.report({ slug: reportSlug }),
        api.latest({ reportSlug, limit: 50 }),
        api.findingChanges({ reportSlug, limit: 50 }),
      ]);
      return feedReply(
        atomFeed(
          versions,
          changes,
          origin,
          `/reports/${reportSlug}/feed.xml`,
          `${report.title}: every force’s public changes`,
        ),
      );
    },
  ],
  [
    /^\/forces\/([a-z0-9-]{1,80})\/responses\/([a-z0-9-]{1,80})\/findings\/([^/]{1,120})\/feed\.xml$/,
    async (api, m, params, origin) => {
      const ref = seg(m[3]!);
      if (ref === null) return null;
      const at = { organisationSlug: m[1]!, responseSlug: m[2]! };
      const moved = {
        organisationSlug: m[1]!,
        slug: m[2]!,
        rest: `/findings/${m[3]!}/feed.xml`,
        params,
      };
      return orMoved(api, moved, async () => {
        const [page, changes] = await Promise.all([
          api.findingPage({ ...at, ref }),
          api.findingChanges({ ...at, ref, limit: 50 }),
        ]);
        return feedReply(
          atomFeed(
            [],
            changes,
            origin,
            `/forces/${m[1]!}/responses/${m[2]!}/findings/${m[3]!}/feed.xml`,
            `${page.organisation.name}, ${page.report.title}, ${page.finding.ref}: every public change`,
          ),
        );
      });
    },
  ],
  [
    /^\/sitemap\.xml$|^\/sitemaps\/([1-9][0-9]{0,5})\.xml$/,
    async (api, m, _p, origin, limits) => {
      const body = sitemap(await api.permalinks(), origin, Number(m[1] ?? 0), limits.sitemap);
      return body === null ? null : { type: 'application/xml; charset=utf-8', body };
    },
  ],
  [
    /^\/robots\.txt$/,
    (_api, _m, _p, origin) =>
      Promise.resolve({
        type: 'text/plain; charset=utf-8',
        body: `User-agent: *\nAllow: /\nDisallow: /admin/\nSitemap: ${origin}/sitemap.xml\n`,
      }),
  ],
];

/** Refused for its rate limit: said in words, with when to come back; never shared with others. */
function tooManyRequests(message: string, retryAfter: number): Built {
  return {
    reply: {
      status: 429,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': String(retryAfter),
      },
      body: Buffer.from(`${message}\n`),
    },
    shareable: false,
  };
}

/** The portal's addresses, for the fuzz suite's check that it visits every one. */
export const PORTAL_ROUTES: readonly RegExp[] = ROUTES.map(([re]) => re);

/** The server-rendered portal, feeds and downloads. False when the path is not the portal's (assets, other apps). */
export async function handlePortal(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  options: PortalOptions,
): Promise<boolean> {
  // Feeds and open-data files may be fetched from any web page; pages are not for other sites' scripts.
  const file = /\.(xml|csv|json|txt)$/.test(path);
  if (req.method === 'OPTIONS' && file && ROUTES.some(([re]) => re.test(path))) {
    preflight(res);
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!existsSync(options.root)) return false;
  setAssetRoot(options.root);
  const route = ROUTES.map(([re, fn]) => [re.exec(path), fn] as const).find(([m]) => m !== null);
  // Page-like paths the portal does not know get its own 404 page; files (assets) fall through.
  const pageLike = !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
  if (!route && !pageLike) return false;
  const params = new URL(req.url ?? '/', 'http://x').searchParams;
  const origin = options.linkOrigin;
  const build = async (): Promise<Built> => {
    const api = publicApiFor(req, options);
    let reply: Reply | null = null;
    let status = 200;
    const problem = unreadableParameter(params);
    try {
      reply =
        route && !problem
          ? await route[1](api, [...route[0]!], params, origin, {
              sitemap: options.sitemapLimit ?? SITEMAP_LIMIT,
            })
          : null;
    } catch (e) {
      const retryAfter = retryAfterOf(e);
      if (retryAfter !== null) return tooManyRequests((e as Error).message, retryAfter);
      if (!(e instanceof TRPCError) || (e.code !== 'NOT_FOUND' && e.code !== 'BAD_REQUEST'))
        throw e;
    }
    if (reply?.status) status = reply.status;
    if (problem) {
      status = 400;
      reply = await page({ view: 'bad-request', problem });
    } else if (!reply) {
      status = 404;
      reply = await page({ view: 'not-found' });
    }
    const headers: Record<string, string> = {
      'content-type': reply.type,
      'cache-control': 'no-cache',
    };
    if (reply.filename) headers['content-disposition'] = `inline; filename="${reply.filename}"`;
    if (reply.location) headers.location = reply.location;
    if (!('view' in reply)) Object.assign(headers, CORS_HEADERS);
    const body =
      'view' in reply
        ? renderPortalPage(reply.view, portalAssets(), {
            origin,
            path: canonicalPath(path, params),
          })
        : reply.body;
    return { reply: { status, headers, body: Buffer.from(body) }, shareable: status === 200 };
  };
  // Pages depend on the request, the origin links are made with and the London date only.
  const key = `portal ${londonDateOf(options.now())} ${origin} ${req.url ?? ''}`;
  await sendPublic(req, res, options.cache, key, build);
  return true;
}
