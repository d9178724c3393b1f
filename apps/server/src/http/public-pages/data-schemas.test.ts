import { mkdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.js';
import { startTestServer } from '../test-server.js';

// ajv-formats is CommonJS: its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface Field {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date' | 'datetime';
  format?: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  encoding: string;
  schema: string | { fields: Field[]; missingValues: string[]; primaryKey: string };
}
interface DataPackage {
  profile: string;
  licenses: { name: string; path: string }[];
  sources: { path: string }[];
  resources: Resource[];
}

const isDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Table Schema's reading of one cell (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
function cellProblem(field: Field, cell: string): string | null {
  if (cell === '') return field.constraints?.required ? 'is empty but required' : null;
  const enumOk = !field.constraints?.enum || field.constraints.enum.includes(cell);
  if (!enumOk) return `is not one of ${field.constraints!.enum!.join(', ')}`;
  const ok = {
    string: () =>
      field.format === 'uuid'
        ? /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(cell)
        : field.format === 'uri'
          ? URL.canParse(cell)
          : true,
    integer: () => /^-?\d+$/.test(cell),
    boolean: () => cell === 'true' || cell === 'false',
    date: () => isDay(cell),
    datetime: () =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(cell) &&
      isDay(cell.slice(0, 10)) &&
      !Number.isNaN(Date.parse(cell)),
  }[field.type]();
  return ok ? null : `is not a ${field.type}${field.format ? ` (${field.format})` : ''}`;
}

describe('the open data, described by its Data Package and JSON Schemas', () => {
  let h: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    h = await startTestServer();
    mkdirSync(h.apps.find((a) => a.prefix === '/')!.root, { recursive: true });
    await seedDemo(h.db, { generatePassword: () => 'a demo password of no use' });
  });
  afterAll(() => h.close());

  /** An address the package gives, fetched from the test server. */
  const get = (address: string) => {
    const u = new URL(address);
    return fetch(h.url(u.pathname + u.search));
  };
  const dataPackage = async () => {
    const res = await fetch(h.url('/data/datapackage.json'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return (await res.json()) as DataPackage;
  };

  it('describes every CSV with a Table Schema its header and every cell keep to', async () => {
    const pkg = await dataPackage();
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.licenses[0]).toMatchObject({ name: 'OGL-UK-3.0' });
    expect(pkg.sources.length).toBeGreaterThan(0);
    const csvs = pkg.resources.filter((r) => r.format === 'csv');
    expect(csvs.map((r) => [r.name, r.encoding])).toEqual([
      ['findings', 'utf-8'],
      ['findings-excel', 'utf-8-sig'],
      ['responses', 'utf-8'],
      ['responses-excel', 'utf-8-sig'],
    ]);
    const typesSeen = new Set<string>();
    for (const resource of csvs) {
      const schema = resource.schema as Exclude<Resource['schema'], string>;
      const res = await get(resource.path);
      expect(res.status, resource.path).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      const bom = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(bom, resource.name).toBe(resource.encoding === 'utf-8-sig');
      const rows: string[][] = parse(bytes.subarray(bom ? 3 : 0));
      const [header, ...body] = rows;
      expect(header, resource.name).toEqual(schema.fields.map((f) => f.name));
      expect(body.length, resource.name).toBeGreaterThan(5);
      const problems: string[] = [];
      const keys = new Set<string>();
      const key = header!.indexOf(schema.primaryKey);
      for (const [i, row] of body.entries()) {
        keys.add(row[key]!);
        for (const [j, field] of schema.fields.entries()) {
          const problem = cellProblem(field, row[j]!);
          if (problem)
            problems.push(`${resource.name} row ${i + 1} ${field.name} "${row[j]}" ${problem}`);
          else if (row[j] !== '') typesSeen.add(field.type);
        }
      }
      expect(problems).toEqual([]);
      expect(keys.size, `${resource.name}: ${schema.primaryKey} is unique`).toBe(body.length);
    }
    expect([...typesSeen].sort()).toEqual(['boolean', 'date', 'datetime', 'integer', 'string']);
  });

  it('describes a cell that breaks its type or codes as a problem', () => {
    const kind: Field = { name: 'kind', type: 'string', constraints: { enum: ['recommendation'] } };
    expect(cellProblem(kind, 'recomendation')).toMatch(/not one of/);
    expect(cellProblem({ name: 'n', type: 'integer' }, '1.5')).toMatch(/not a integer/);
    expect(cellProblem({ name: 'd', type: 'date' }, '2025-02-30')).toMatch(/not a date/);
    expect(cellProblem({ name: 'b', type: 'boolean' }, 'yes')).toMatch(/not a boolean/);
    const id: Field = { name: 'id', type: 'string', constraints: { required: true } };
    expect(cellProblem(id, '')).toMatch(/required/);
  });

  it('validates the JSON downloads against their JSON Schemas, filtered or not', async () => {
    const pkg = await dataPackage();
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    addFormats(ajv);
    const jsons = pkg.resources.filter((r) => r.format === 'json');
    expect(jsons.map((r) => r.name)).toEqual(['findings-json', 'responses-json']);
    for (const resource of jsons) {
      const schemaRes = await get(resource.schema as string);
      expect(schemaRes.status).toBe(200);
      const validate = ajv.compile((await schemaRes.json()) as object);
      for (const query of ['', '?organisationSlug=staffordshire']) {
        const data = (await (await get(resource.path + query)).json()) as {
          rows: Record<string, unknown>[];
        };
        expect(data.rows.length, resource.path + query).toBeGreaterThan(0);
        validate(data);
        expect(validate.errors ?? [], resource.path + query).toEqual([]);
      }
      // The schema says something: a code the register does not use, or a missing field, fails it.
      const data = (await (await get(resource.path)).json()) as { rows: Record<string, unknown>[] };
      const broken = structuredClone(data);
      broken.rows[0]!['report_type'] = 'peal';
      expect(validate(broken)).toBe(false);
      const missing = structuredClone(data);
      delete missing.rows[0]!['url'];
      expect(validate(missing)).toBe(false);
    }
  });
});
