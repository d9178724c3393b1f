import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecords, renderRecord } from '@irr/domain';
import { buildRecord } from '../../../apps/server/src/demo/build-record.js';
import type { FindingPlan, RecordPlan } from '../../../apps/server/src/demo/plan.js';
import { FORCES, forcePlans } from './dataset.js';
import { formatsBench } from './import-formats.js';
import { countImportQueries } from './import-queries.js';
import { cli, cliTimed, freshStore, type Store } from './lib/register.js';
import { writeResult } from './lib/results.js';
import { medianTime, round, table } from './lib/stats.js';

const IMPORTER = 'importer@bench.example.org';

/**
 * `pnpm bench import`: one file of N generated records (the national dataset's plans, as the
 * record format) through `irr import` in its own process, against a fresh store. The same-run
 * baseline is the codec parsing the same text in this process; the ratio shows what storing costs.
 * A one-record import is timed too, to separate the process's start-up from the per-record rate.
 * The same records are also read as record text, a web page, a Word document and a PDF by
 * `readDocument` in this process, each against the codec's own rate. The statements the import sends
 * are counted in this process too (per record and per finding), since round trips are what it costs.
 */
export async function importBench(kinds: Store['kind'][], records: number): Promise<void> {
  const plans: RecordPlan[] = [];
  for (let scale = 1; plans.length <= records; scale++)
    for (const f of FORCES)
      plans.push(
        ...forcePlans(f, scale).filter(
          (p) => !plans.some((q) => q.force === p.force && q.report.title === p.report.title),
        ),
      );
  const [extra, ...texts] = plans
    .slice(0, records + 1)
    .map((p) => renderRecord(buildRecord(p as RecordPlan & { findings: FindingPlan[] })));
  const file = join(tmpdir(), `irr-bench-import-${process.pid}.txt`);
  const one = join(tmpdir(), `irr-bench-import-one-${process.pid}.txt`);
  writeFileSync(file, texts.join('\n'));
  // A different record times the start-up, so the file's records all import as new ones.
  writeFileSync(one, extra!);

  // Baseline: the codec alone, same text, the median of runs over at least two seconds.
  const codec = await medianTime(() => [...parseRecords(texts.join('\n'))]);
  const parseMs = codec.ms;
  if (codec.last.length !== texts.length || codec.last.some((p) => !p.ok))
    throw new Error('The generated records do not all parse');
  const findings = codec.last.reduce((n, p) => n + (p.record?.findings.length ?? 0), 0);
  const formats = await formatsBench(texts);
  console.log(
    `\nEach format read by readDocument in this process (median of runs over at least 2 s), against parseRecords on the record text:\n`,
  );
  console.log(
    table(
      ['format', 'MB', 'records', 'ok', 'findings', 'findings as text', 'records/s', 'rate/codec'],
      formats.map((f) => [
        f.format,
        f.megabytes,
        f.records,
        f.okRecords,
        f.findings,
        f.sameFindings,
        f.recordsPerSecond,
        f.ratio,
      ]),
    ),
  );
  const queries = await countImportQueries(texts.join('\n'));
  console.log(
    `\nStatements an import sends (importRecords in this process, in-memory PGlite): ${queries.statements} for ${queries.records} records in ${queries.transactions} transactions (each also a BEGIN and a COMMIT), ${round(queries.perRecord, 1)} a record, ${round(queries.perFinding, 2)} a finding`,
  );
  const rows = [];
  for (const kind of kinds) {
    const store = await freshStore(kind, 'import');
    try {
      const migrate = cli(store, ['migrate']);
      if (migrate.status !== 0) throw new Error(migrate.stderr);
      // An import names its author (four eyes), so the register needs one member of staff.
      const importer = cli(
        store,
        ['create-user', '--email', IMPORTER, '--role', 'editor', '--org', 'staffordshire'],
        // Not the email's words: the password rules refuse those.
        { IRR_PASSWORD: 'bench correct horse battery staple' },
      );
      if (importer.status !== 0) throw new Error(importer.stderr);
      const t0 = performance.now();
      const first = cli(store, ['import', one, '--as', IMPORTER]);
      const oneMs = performance.now() - t0;
      if (first.status !== 0) throw new Error(`irr import failed: ${first.stderr}`);
      const all = await cliTimed(store, ['import', file, '--as', IMPORTER], /created a draft/);
      const allMs = all.ms;
      if (all.status !== 0) throw new Error(`irr import failed: ${all.stderr.slice(0, 2000)}`);
      if (all.stamps.length !== texts.length)
        throw new Error(`irr import reported ${all.stamps.length} of ${texts.length} records`);
      const perRecordMs = (allMs - oneMs) / texts.length;
      // The CLI parses a file before its first record lands; each record then costs its storing.
      const storeMs = (all.stamps.at(-1)! - all.stamps[0]!) / (texts.length - 1);
      const parseRecordMs = parseMs / texts.length;
      rows.push({
        store: kind,
        records: texts.length,
        wallS: round(allMs / 1000, 1),
        startupS: round(oneMs / 1000, 1),
        recordsPerSecond: round(texts.length / (allMs / 1000), 1),
        recordsPerSecondAfterStartup: round(1000 / perRecordMs, 1),
        parseRecordsPerSecond: round(texts.length / (parseMs / 1000), 0),
        ratio: round(1000 / perRecordMs / (texts.length / (parseMs / 1000)), 4),
        storeMsPerRecord: round(storeMs, 2),
        steadyRatio: round(parseRecordMs / (parseRecordMs + storeMs), 3),
      });
    } finally {
      await store.drop();
    }
  }
  console.log(
    `\n${texts.length} records, ${findings} findings, ${round(texts.join('\n').length / 2 ** 20, 2)} MB of record text\n`,
  );
  console.log(
    table(
      [
        'store',
        'records',
        'wall s',
        '1-record run s',
        'records/s',
        'records/s after start-up',
        'codec parse records/s',
        'import/parse',
        'store ms/record (landed lines)',
        'parse/(parse+store)',
      ],
      rows.map((r) => [
        r.store,
        r.records,
        r.wallS,
        r.startupS,
        r.recordsPerSecond,
        r.recordsPerSecondAfterStartup,
        r.parseRecordsPerSecond,
        r.ratio,
        r.storeMsPerRecord,
        r.steadyRatio,
      ]),
    ),
  );
  console.log(
    `\nimport/parse subtracts a one-record run from the whole run: start-up cancels, but two runs' noise does not. The last two columns come from one run: the gap between the first and last "created a draft" lines is the storing of the records after the first; with the codec's parse time per record (same run) that is the import's rate against the codec's, start-up excluded.`,
  );
  console.log(
    `\nwrote ${writeResult('import', { records: texts.length, findings, queries, rows, formats })}`,
  );
}
