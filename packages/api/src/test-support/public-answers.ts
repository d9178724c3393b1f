import { schema } from '@irr/db';
import { publicRouter } from '../routers/public/index.js';
import { responseSlugOf } from './record-states.js';
import type { World } from './world.js';

type PublicProcedure = keyof typeof publicRouter._def.record;

/** Every `public.*` procedure by name, as the router has them, so a new one is checked without a change here. */
export const PUBLIC_PROCEDURES = Object.keys(publicRouter._def.procedures).sort();

/**
 * The inputs each public procedure is asked with: every record, version, finding and organisation the
 * world has, and every query in `queries` (the planted markers, so search would find them if it could).
 * Typed by the router, so a new procedure does not compile until it is given its inputs here.
 */
async function publicInputs(
  w: World,
  queries: readonly string[],
): Promise<Record<PublicProcedure, unknown[]>> {
  const ids = await w.findingIds();
  const [report] = await w.db.select({ slug: schema.reports.slug }).from(schema.reports);
  const at = { organisationSlug: 'staffordshire', responseSlug: await responseSlugOf(w) };
  const versions = [undefined, 1, 2, 3];
  const orgs = ['staffordshire', 'west-midlands'];
  return {
    organisations: [undefined],
    organisation: orgs.map((slug) => ({ slug })),
    record: versions.map((version) => ({ recordId: w.recordId, version })),
    finding: Object.values(ids).map((findingId) => ({ findingId })),
    search: [...queries, 'force', 'review'].map((q) => ({ q })),
    today: [undefined],
    response: versions.map((version) => ({ ...at, version })),
    movedResponse: [
      { organisationSlug: 'staffordshire', slug: report!.slug },
      { organisationSlug: 'west-midlands', slug: report!.slug },
    ],
    findingPage: Object.keys(ids).map((ref) => ({ ...at, ref })),
    forceOverview: orgs.map((slug) => ({ slug })),
    latest: [{ limit: 200 }, ...orgs.map((organisationSlug) => ({ organisationSlug }))],
    searchAll: [{}, ...[...queries, 'force', 'review'].map((q) => ({ q, pageSize: 100 }))],
    findingsData: [{}, ...queries.map((q) => ({ q }))],
    responsesData: [{}, { organisationSlug: 'staffordshire' }],
    permalinks: [undefined],
    reports: [undefined],
    report: [{ slug: report!.slug }, { slug: 'no-such-report' }],
    compliance: [
      {},
      ...orgs.map((organisationSlug) => ({ organisationSlug })),
      { from: '2018-01-01', to: '2030-12-31' },
    ],
    reportsPage: [{ limit: 100 }],
    forceResponses: orgs.map((organisationSlug) => ({ organisationSlug, limit: 100 })),
    findingsPage: [
      { limit: 100 },
      ...[...queries, 'force', 'review'].map((q) => ({ q, limit: 100 })),
    ],
    findingChanges: [
      { limit: 200 },
      ...orgs.map((organisationSlug) => ({ organisationSlug, limit: 200 })),
      { reportSlug: report!.slug, limit: 200 },
      ...Object.keys(ids).map((ref) => ({ ...at, ref, limit: 200 })),
    ],
  };
}

export interface PublicAnswer {
  procedure: string;
  input: unknown;
  answer: unknown;
}

/** Calls every public procedure anonymously with each of its inputs; a refusal's message is its answer. */
export async function everyPublicAnswer(
  w: World,
  queries: readonly string[],
): Promise<PublicAnswer[]> {
  const inputs = await publicInputs(w, queries);
  const anonymous = w.as('anonymous').public as unknown as Record<
    string,
    (input?: unknown) => Promise<unknown>
  >;
  const answers: PublicAnswer[] = [];
  for (const procedure of PUBLIC_PROCEDURES) {
    for (const input of inputs[procedure as PublicProcedure] ?? []) {
      const answer = await anonymous[procedure]!(input).catch((e: unknown) => ({
        refused: String(e),
      }));
      answers.push({ procedure, input, answer });
    }
  }
  return answers;
}

/** Every leaf of a JSON-like value with its path (`findings[2].updates[0].text`). */
export function* fieldsOf(value: unknown, path = ''): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* fieldsOf(v, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) yield* fieldsOf(v, path ? `${path}.${k}` : k);
  } else {
    yield [path, value];
  }
}
