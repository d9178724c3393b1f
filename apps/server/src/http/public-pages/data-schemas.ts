import { LICENCE, OGL_URL, SITE_NAME } from '@irr/public/server';
import { FINDING_COLUMNS, RESPONSE_COLUMNS, type Column } from './data.js';

export type Dataset = 'findings' | 'responses';

const COLUMNS: Record<Dataset, Column<never>[]> = {
  findings: FINDING_COLUMNS,
  responses: RESPONSE_COLUMNS,
};
const TITLES: Record<Dataset, string> = {
  findings: 'Findings and their progress',
  responses: 'Responses to HMICFRS inspection reports',
};
/** Each CSV's last column: the licence, the same line on every row. */
const LICENCE_COLUMN = {
  name: 'licence',
  description: `"${LICENCE}" on every row`,
  type: 'string',
  values: [LICENCE],
  required: true,
} as const;

const HMICFRS = 'https://hmicfrs.justiceinspectorates.gov.uk/';

/** A Table Schema field descriptor (https://specs.frictionlessdata.io/table-schema/). */
function field(c: Omit<Column<never>, 'value'>) {
  const constraints = {
    ...(c.required ? { required: true } : {}),
    ...(c.values ? { enum: [...c.values] } : {}),
  };
  return {
    name: c.name,
    type: c.type,
    ...(c.format ? { format: c.format } : {}),
    description: c.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

function csvResource(dataset: Dataset, origin: string, excel: boolean) {
  return {
    name: excel ? `${dataset}-excel` : dataset,
    title: excel ? `${TITLES[dataset]} (for Excel)` : TITLES[dataset],
    path: `${origin}/data/${dataset}.csv${excel ? '?excel=1' : ''}`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    // utf-8-sig: UTF-8 after a byte-order mark, the same bytes as the plain file otherwise.
    encoding: excel ? 'utf-8-sig' : 'utf-8',
    ...(excel
      ? { description: `The same as ${dataset}.csv after a byte-order mark, for Excel.` }
      : {}),
    dialect: {
      delimiter: ',',
      lineTerminator: '\r\n',
      quoteChar: '"',
      doubleQuote: true,
      header: true,
    },
    schema: {
      fields: [...COLUMNS[dataset], LICENCE_COLUMN].map(field),
      missingValues: [''],
      primaryKey: dataset === 'findings' ? 'finding_id' : 'record_id',
    },
  };
}

function jsonResource(dataset: Dataset, origin: string) {
  return {
    name: `${dataset}-json`,
    title: `${TITLES[dataset]} (JSON)`,
    path: `${origin}/data/${dataset}.json`,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    schema: `${origin}/data/${dataset}.schema.json`,
  };
}

/** A Frictionless Data Package of the open data: each CSV with its Table Schema, the JSON with its JSON Schema. */
export function dataPackage(origin: string) {
  return {
    profile: 'tabular-data-package',
    name: 'inspection-response-register',
    title: SITE_NAME,
    description:
      'Published responses of police forces and commissioners to HMICFRS inspection reports, and the progress of each finding.',
    homepage: `${origin}/open-data`,
    licenses: [{ name: 'OGL-UK-3.0', path: OGL_URL, title: 'Open Government Licence v3.0' }],
    sources: [
      { title: SITE_NAME, path: `${origin}/` },
      { title: 'HMICFRS inspection reports', path: HMICFRS },
    ],
    resources: (['findings', 'responses'] as const).flatMap((d) => [
      csvResource(d, origin, false),
      csvResource(d, origin, true),
      jsonResource(d, origin),
    ]),
  };
}

const JSON_TYPES = {
  string: 'string',
  integer: 'integer',
  boolean: 'boolean',
  date: 'string',
  datetime: 'string',
};
const JSON_FORMATS = { date: 'date', datetime: 'date-time', uuid: 'uuid', uri: 'uri' } as const;

/** One row's value in JSON: its type, or null when the column may be empty. */
function property(c: Column<never>) {
  const format = c.format ?? (c.type === 'date' || c.type === 'datetime' ? c.type : undefined);
  const type = JSON_TYPES[c.type];
  return {
    description: c.description,
    type: c.required ? type : [type, 'null'],
    ...(format ? { format: JSON_FORMATS[format] } : {}),
    ...(c.values ? { enum: c.required ? [...c.values] : [...c.values, null] } : {}),
  };
}

/** JSON Schema (2020-12) of `/data/<dataset>.json`. */
export function jsonSchema(dataset: Dataset, origin: string) {
  const columns = COLUMNS[dataset];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${origin}/data/${dataset}.schema.json`,
    title: `${SITE_NAME}: ${dataset}.json`,
    type: 'object',
    required: [
      'licence',
      'licenceUrl',
      'dataset',
      'filters',
      'documentation',
      'count',
      'columns',
      'rows',
    ],
    additionalProperties: false,
    properties: {
      licence: { const: LICENCE },
      licenceUrl: { const: OGL_URL },
      dataset: { const: dataset },
      filters: {
        description: 'The filters applied, as given in the address',
        type: 'object',
        additionalProperties: { type: ['string', 'integer'] },
      },
      documentation: { type: 'string', format: 'uri' },
      count: { type: 'integer', minimum: 0 },
      columns: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'description'],
          additionalProperties: false,
          properties: { name: { type: 'string' }, description: { type: 'string' } },
        },
      },
      rows: {
        type: 'array',
        items: {
          type: 'object',
          required: columns.map((c) => c.name),
          additionalProperties: false,
          properties: Object.fromEntries(columns.map((c) => [c.name, property(c)])),
        },
      },
    },
  };
}
