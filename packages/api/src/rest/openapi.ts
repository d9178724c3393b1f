import { z } from 'zod';
import { WireInstant } from '../schemas.js';
import { PARAMETER_TEXT, REST_ROUTES, type RestRoute, type RestTag } from './routes.js';

type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description: string;
  schema: JsonSchema;
}

export interface OpenApiOperation {
  operationId: string;
  tags: RestTag[];
  summary: string;
  description: string;
  parameters: OpenApiParameter[];
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: Record<string, unknown>;
  servers: { url: string }[];
  tags: { name: RestTag; description: string }[];
  paths: Record<string, { get: OpenApiOperation }>;
  components: Record<string, unknown>;
}

/** The version of the API's shape, changed whenever an answer or parameter changes incompatibly. */
export const API_VERSION = '1.0.0';

const TAGS: { name: RestTag; description: string }[] = [
  { name: 'Forces', description: 'Forces and offices, and the responses each has published.' },
  { name: 'Reports', description: 'HMICFRS reports, and where every force’s response stands.' },
  {
    name: 'Findings',
    description: 'Recommendations, causes of concern and areas for improvement.',
  },
  { name: 'Compliance', description: 'Responses published within the 56 days, or not.' },
];

/**
 * JSON Schema 2020-12 (OpenAPI 3.1's dialect) from a procedure's schema, as the JSON on the wire reads:
 * an instant is the ISO 8601 string the output parse turns a Date into.
 */
function jsonSchemaOf(
  schema: z.ZodType,
  io: 'input' | 'output',
  shared: Record<string, JsonSchema>,
  prefix: string,
): JsonSchema {
  const {
    $schema: _dialect,
    $defs,
    ...rest
  } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema !== WireInstant) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
      Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
    },
  });
  // A recursive part (rich text's nodes) comes as `#/$defs/…`, which in a larger document means its root's:
  // it moves to the components, named after its operation, and its references with it.
  const moved = (name: string) => `${prefix}${name.replace(/^_+/, '_')}`;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        key === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')
          ? `#/components/schemas/${moved(v.slice('#/$defs/'.length))}`
          : rewrite(v),
      ]),
    );
  };
  for (const [name, def] of Object.entries($defs ?? {})) {
    shared[moved(name)] = rewrite(def) as JsonSchema;
  }
  return rewrite(rest) as JsonSchema;
}

function parametersOf(route: RestRoute, shared: Record<string, JsonSchema>): OpenApiParameter[] {
  if (!route.input) return [];
  const schema = jsonSchemaOf(route.input, 'input', shared, `${route.operationId}Input`) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  const inPath = new Set([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: inPath.has(name) ? 'path' : 'query',
    required: inPath.has(name) || (schema.required ?? []).includes(name),
    description: PARAMETER_TEXT[name] ?? '',
    schema: property,
  }));
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function operationOf(route: RestRoute, shared: Record<string, JsonSchema>): OpenApiOperation {
  const headers: Record<string, unknown> = {
    ETag: { $ref: '#/components/headers/ETag' },
    ...(route.paged && { Link: { $ref: '#/components/headers/Link' } }),
  };
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    parameters: parametersOf(route, shared),
    responses: {
      '200': {
        description: 'The answer.',
        headers,
        content: {
          'application/json': {
            schema: jsonSchemaOf(route.output, 'output', shared, `${route.operationId}Answer`),
          },
        },
      },
      '304': { description: 'Not modified since the ETag sent in `If-None-Match`.' },
      '400': problem('A parameter is not understood: `field` names it.'),
      ...(route.path.includes('{') && { '404': problem('No such force, report or finding.') }),
      '429': {
        ...problem('Too many requests from this address: `Retry-After` says when to try again.'),
        headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
      },
    },
  };
}

/** The read API's OpenAPI 3.1 description, served at `/api/openapi.json` with `serverUrl` its base. */
export function openApiDocument(serverUrl: string): OpenApiDocument {
  const shared: Record<string, JsonSchema> = {};
  const paths = Object.fromEntries(
    REST_ROUTES.map((r) => [r.path, { get: operationOf(r, shared) }]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Inspection Response Register: read API',
      version: API_VERSION,
      summary: 'Published responses to HMICFRS inspections and the tracking of every finding.',
      description:
        'Everything here is public: published responses, the live tracking of their findings, and the register of reports. Every answer has an ETag (send it back in `If-None-Match` for a 304) and may be fetched from any web page (CORS). Lists that grow are paged by `cursor`: follow each answer’s `next` (also in the `Link` header) until it is null.',
      license: {
        name: 'Open Government Licence v3.0',
        url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      },
    },
    servers: [{ url: serverUrl }],
    tags: TAGS,
    paths,
    components: {
      schemas: {
        ...shared,
        Problem: {
          type: 'object',
          description: 'What went wrong (RFC 9457), and the field at fault where there is one.',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: ['string', 'null'] },
            field: { type: ['string', 'null'] },
            allowed: { type: 'array', items: { type: 'string' } },
          },
          required: ['title', 'status', 'detail'],
        },
      },
      headers: {
        ETag: { description: 'The answer’s version.', schema: { type: 'string' } },
        Link: {
          description:
            'The next page, as `<url>; rel="next"` (RFC 8288), on every page but the last.',
          schema: { type: 'string' },
        },
        RetryAfter: {
          description: 'Seconds until a request is allowed again.',
          schema: { type: 'integer' },
        },
      },
    },
  };
}
