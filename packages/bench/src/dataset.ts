import { createHash, randomUUID } from 'node:crypto';
import { checkNewPassword } from '@irr/api';
import { openDatabase, schema, type Database, type DatabaseConfig } from '@irr/db';
import { REFERENCE_ORGANISATIONS, type Grade } from '@irr/domain';
import { count, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { setUpStaff } from '../../../apps/server/src/demo/demo-staff.js';
import type { DemoAccount } from '../../../apps/server/src/demo/demo-users.js';
import { loadRecord } from '../../../apps/server/src/demo/load-record.js';
import type { Theme } from '../../../apps/server/src/demo/phrases.js';
import type {
  FindingFate,
  FindingPlan,
  RecordFate,
  RecordPlan,
} from '../../../apps/server/src/demo/plan.js';
import { createPrng, type Prng } from '../../../apps/server/src/demo/prng.js';
import { readSeedRecord } from '../../../apps/server/src/demo/seed-record.js';
import { freshStore, keptStore, type Store } from './lib/register.js';
import { writeResult } from './lib/results.js';
import { round, table } from './lib/stats.js';

/**
 * The national dataset: every police force in England and Wales (43), twelve years of reports
 * (2014–2025). At scale 1 each force has twelve response records — a PEEL report every other year
 * and a thematic report in the years between; scale N has N times as many (more thematic reports
 * a year). Each record is built by the demo's generator and taken through the demo's story by the
 * API (import, edits, updates, status changes, review, publication, withdrawal, new versions), so
 * the data has real mixes of finding kinds, updates, statuses and published versions.
 */

const FIRST_YEAR = 2014;
const YEARS = 12;
const HMICFRS = 'https://hmicfrs.justiceinspectorates.gov.uk/publications';

/** Every force, or the first BENCH_FORCES of them for a quick trial run. */
export const FORCES = REFERENCE_ORGANISATIONS.filter((o) => o.kind === 'police_force')
  .map((o) => o.slug)
  .slice(0, Number(process.env.BENCH_FORCES) || undefined);

const THEMATICS: { title: string; theme: Theme }[] = [
  { title: 'Police response to violence against women and girls', theme: 'vawg' },
  {
    title: 'An inspection of vetting, misconduct, and misogyny in the police service',
    theme: 'vetting',
  },
  { title: 'The police response to domestic abuse', theme: 'protecting' },
  { title: 'Missing children: who cares?', theme: 'protecting' },
  {
    title: 'Digital forensics: an inspection of how the police examine devices',
    theme: 'investigating',
  },
  { title: 'Crime data integrity', theme: 'investigating' },
  { title: 'Roads policing: not optional', theme: 'responding' },
  { title: 'Neighbourhood policing and anti-social behaviour', theme: 'preventing' },
  { title: 'Police workforce wellbeing', theme: 'workforce' },
  { title: 'Value for money: the use of police resources', theme: 'resources' },
  { title: 'Disproportionate use of police powers', theme: 'ethics' },
  { title: 'Counter-corruption and standards', theme: 'vetting' },
];
const PEEL_AREAS: { area: string; theme: Theme; pillar: string }[] = [
  { area: 'Investigating crime', theme: 'investigating', pillar: 'Effectiveness' },
  { area: 'Protecting vulnerable people', theme: 'protecting', pillar: 'Effectiveness' },
  { area: 'Responding to the public', theme: 'responding', pillar: 'Effectiveness' },
  {
    area: 'Preventing crime and anti-social behaviour',
    theme: 'preventing',
    pillar: 'Effectiveness',
  },
  { area: 'Developing a positive workplace', theme: 'workforce', pillar: 'Legitimacy' },
  { area: 'Planning for the future', theme: 'resources', pillar: 'Efficiency' },
];
const GRADES: Grade['value'][] = [
  'outstanding',
  'good',
  'adequate',
  'requires_improvement',
  'inadequate',
];

/** Weighted picks: most records are published; recent ones are more often still in progress. */
function recordFate(prng: Prng, year: number): RecordFate {
  const recent = year >= FIRST_YEAR + YEARS - 2;
  const bag: [RecordFate, number][] = [
    ['published', recent ? 40 : 58],
    ['published_late', 10],
    ['republished', 8],
    ['new_version_draft', 6],
    ['withdrawn', 3],
    ['in_review', recent ? 10 : 3],
    ['approved', recent ? 5 : 2],
    ['draft', recent ? 12 : 2],
    ['changes_requested', recent ? 4 : 1],
  ];
  return weighted(prng, bag);
}
function findingFate(prng: Prng, year: number): FindingFate {
  const age = FIRST_YEAR + YEARS - year;
  const bag: [FindingFate, number][] = [
    ['not_started', age < 3 ? 20 : 4],
    ['in_progress', age < 3 ? 35 : 14],
    ['completed', 18],
    ['closed', age < 3 ? 8 : 40],
    ['reopened', 4],
    ['not_assured', 4],
    ['superseded', age < 3 ? 1 : 8],
    ['no_longer_applicable', 4],
  ];
  return weighted(prng, bag);
}
function weighted<T>(prng: Prng, bag: [T, number][]): T {
  const total = bag.reduce((n, [, w]) => n + w, 0);
  let x = prng.int(0, total - 1);
  for (const [v, w] of bag) {
    if (x < w) return v;
    x -= w;
  }
  return bag[0]![0];
}

const day = (prng: Prng, year: number) =>
  `${year}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;

/** Every record plan for one force at a scale: the same plans on every run. */
export function forcePlans(force: string, scale: number): RecordPlan[] {
  const prng = createPrng(`bench/${force}/${scale}`);
  const name = REFERENCE_ORGANISATIONS.find((o) => o.slug === force)!.name;
  const plans: RecordPlan[] = [];
  for (let y = 0; y < YEARS; y++) {
    const year = FIRST_YEAR + y;
    for (let k = 0; k < scale; k++) {
      const peel = k === 0 && y % 2 === 0;
      if (peel) {
        const areas = PEEL_AREAS.filter(() => prng.chance(0.7));
        const findings: FindingPlan[] = [];
        const graded = year >= 2021;
        for (const a of areas.length ? areas : PEEL_AREAS.slice(0, 2)) {
          if (prng.chance(0.25))
            findings.push({
              kind: 'cause_of_concern',
              theme: a.theme,
              pillar: graded ? null : a.pillar,
              area: a.area,
              fate: findingFate(prng, year),
            });
          // A cause of concern always comes with at least one recommendation.
          if (findings.at(-1)?.kind === 'cause_of_concern')
            for (let i = prng.int(1, 3); i > 0; i--)
              findings.push({
                kind: 'recommendation',
                theme: a.theme,
                pillar: graded ? null : a.pillar,
                area: a.area,
                fate: findingFate(prng, year),
              });
        }
        for (const a of areas)
          for (let i = prng.int(1, 3); i > 0; i--)
            findings.push({
              kind: 'area_for_improvement',
              theme: a.theme,
              pillar: graded ? null : a.pillar,
              area: a.area,
              fate: findingFate(prng, year),
              ...(prng.chance(0.15) && {
                revise: prng.chance(0.5) ? ('slipped' as const) : ('ahead' as const),
              }),
            });
        const grades: Grade[] = graded
          ? areas.map((a) => ({
              scope: { level: 'area', pillar: null, area: a.area },
              value: prng.pick(GRADES),
              carriedOver: false,
            }))
          : ['Effectiveness', 'Efficiency', 'Legitimacy'].map((pillar) => ({
              scope: { level: 'pillar', pillar },
              value: prng.pick(GRADES.filter((g) => g !== 'adequate')),
              carriedOver: false,
            }));
        plans.push({
          force,
          report: {
            title: `PEEL ${year}/${String(year + 1).slice(2)} An inspection of ${name}`,
            type: 'peel',
            publishedOn: day(prng, year),
            link: `${HMICFRS}/peel-${year}-${force}/`,
          },
          grades,
          findings,
          fate: recordFate(prng, year),
        });
      } else {
        const t = THEMATICS[(y * scale + k + force.length) % THEMATICS.length]!;
        const findings: FindingPlan[] = [];
        for (let i = prng.int(3, 10); i > 0; i--)
          findings.push({
            kind: 'recommendation',
            theme: t.theme,
            pillar: null,
            area: null,
            fate: findingFate(prng, year),
            ...(prng.chance(0.1) && { revise: 'slipped' as const }),
          });
        plans.push({
          force,
          report: {
            title: `${t.title} (${year}${scale > 1 ? `, part ${k + 1}` : ''})`,
            type: 'thematic',
            publishedOn: day(prng, year),
            link: `${HMICFRS}/thematic-${year}-${k}/`,
          },
          grades: [],
          findings,
          fate: recordFate(prng, year),
        });
      }
    }
  }
  return plans;
}

export interface LoadedDataset {
  scale: number;
  records: number;
  findings: number;
  updates: number;
  published: number;
  seconds: number;
  recordsPerSecond: number;
}

/**
 * Load the dataset at a scale into an open database through the API (as the demo loader does):
 * forces one after another on PGlite, `parallel` forces at once on PostgreSQL.
 */
async function loadDataset(
  database: Database,
  scale: number,
  options: { parallel?: number; progress?: (done: number, total: number) => void } = {},
): Promise<LoadedDataset> {
  // One strong random password for every bench account: nobody signs in, and hashing 86 would cost minutes.
  const checkedPassword = await checkNewPassword(randomUUID(), 'bench@bench.example.org');
  const seedText = await readSeedRecord();
  const started = performance.now();
  const total = FORCES.length * YEARS * scale;
  let done = 0;
  const queue = [...FORCES];
  async function worker() {
    for (let force = queue.shift(); force; force = queue.shift()) {
      const accounts: DemoAccount[] = (['editor', 'approver'] as const).map((role) => ({
        slug: force,
        role,
        email: `${role}.${force}@bench.example.org`,
        displayName: `Bench ${role} ${force}`,
        password: null,
        checkedPassword,
      }));
      const staff = await setUpStaff(database.db, [force], accounts);
      const callers = {
        editor: staff.caller(force, 'editor'),
        approver: staff.caller(force, 'approver'),
      };
      for (const plan of forcePlans(force, scale)) {
        await loadRecord(plan, seedText, callers, staff.setDay);
        options.progress?.(++done, total);
      }
    }
  }
  await Promise.all(
    Array.from(
      {
        length:
          database.kind === 'postgres'
            ? (options.parallel ?? (Number(process.env.BENCH_PARALLEL) || 4))
            : 1,
      },
      worker,
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const n = async (t: PgTable) =>
    ((await database.db.select({ n: count() }).from(t)) as [{ n: number }])[0].n;
  const records = await n(schema.responseRecords);
  return {
    scale,
    records,
    findings: await n(schema.findings),
    updates: await n(schema.findingUpdates),
    published: await n(schema.recordVersions),
    seconds: round(seconds, 1),
    recordsPerSecond: round(records / seconds, 1),
  };
}

export function databaseConfig(store: Store): DatabaseConfig {
  return store.kind === 'postgres'
    ? {
        kind: 'postgres',
        url: store.env.DATABASE_URL!,
        migrationUrl: store.env.IRR_MIGRATION_DATABASE_URL!,
      }
    : { kind: 'pglite', dataDir: store.env.IRR_DATA_DIR! };
}

/** Bump when the generator or the demo's story changes what a plan loads as. */
const DATASET_VERSION = 2;

/** What a kept store must hold to be reused: the same plans, loaded by the same story. */
function fingerprint(scale: number): string {
  const plans = FORCES.flatMap((f) => forcePlans(f, scale));
  return createHash('sha256')
    .update(JSON.stringify({ v: DATASET_VERSION, plans }))
    .digest('hex')
    .slice(0, 16);
}

/**
 * The store's table statistics, as a deployment's autovacuum gathers them: without them PostgreSQL plans a
 * freshly loaded store's reads blind (a force's page of twenty responses joined against every version in the
 * register), and autovacuum is off on some machines while PGlite has none. As the owner, whom ANALYZE needs.
 */
async function analyze(store: Store): Promise<void> {
  const config = databaseConfig(store);
  const database = await openDatabase(
    config.kind === 'postgres' ? { kind: 'postgres', url: config.migrationUrl! } : config,
  );
  try {
    await database.db.execute(sql`analyze`);
  } finally {
    await database.close();
  }
}

async function loadInto(store: Store, scale: number): Promise<LoadedDataset> {
  const database = await openDatabase(databaseConfig(store));
  try {
    await database.migrate();
    let last = 0;
    return await loadDataset(database, scale, {
      progress: (done, total) => {
        const pct = Math.floor((done / total) * 10);
        if (pct > last) {
          last = pct;
          process.stderr.write(`  ${store.kind} ${scale}x: ${done}/${total} records\n`);
        }
      },
    });
  } finally {
    await database.close();
  }
}

/**
 * A store holding the dataset at a scale, migrated and loaded; the store stays for serving.
 * With BENCH_KEEP=1 the store is kept after the run and reused by later runs while it holds the
 * same dataset (loading 10x through the API takes many minutes).
 */
export async function storeWithDataset(
  kind: Store['kind'],
  scale: number,
): Promise<{ store: Store; loaded: LoadedDataset }> {
  if (process.env.BENCH_KEEP !== '1') {
    const store = await freshStore(kind, `x${scale}`);
    try {
      const loaded = await loadInto(store, scale);
      await analyze(store);
      return { store, loaded };
    } catch (e) {
      await store.drop();
      throw e;
    }
  }
  const kept = await keptStore(kind, `national_${FORCES.length}f_x${scale}`);
  const want = fingerprint(scale);
  const held = kept.marker
    ? (JSON.parse(kept.marker) as { fingerprint?: string; loaded?: LoadedDataset })
    : null;
  if (held?.fingerprint === want && held.loaded) {
    process.stderr.write(`  ${kind} ${scale}x: reusing ${kept.store.describe}\n`);
    await analyze(kept.store);
    return { store: kept.store, loaded: held.loaded };
  }
  await kept.reset();
  const loaded = await loadInto(kept.store, scale);
  await kept.setMarker(JSON.stringify({ fingerprint: want, loaded }));
  await analyze(kept.store);
  return { store: kept.store, loaded };
}

/** `pnpm bench dataset`: generate and load the dataset at each scale; print its size and load rate. */
export async function datasetBench(scales: number[], kinds: Store['kind'][]): Promise<void> {
  const rows: (LoadedDataset & { store: string })[] = [];
  for (const kind of kinds)
    for (const scale of scales) {
      const { store, loaded } = await storeWithDataset(kind, scale);
      await store.drop();
      rows.push({ store: kind, ...loaded });
    }
  console.log(
    `\n${table(
      [
        'store',
        'scale',
        'records',
        'findings',
        'updates',
        'published versions',
        'load s',
        'records/s',
      ],
      rows.map((r) => [
        r.store,
        `${r.scale}x`,
        r.records,
        r.findings,
        r.updates,
        r.published,
        r.seconds,
        r.recordsPerSecond,
      ]),
    )}`,
  );
  console.log(`\nwrote ${writeResult('dataset', { forces: FORCES.length, years: YEARS, rows })}`);
}
