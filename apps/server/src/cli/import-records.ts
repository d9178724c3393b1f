import type { Db } from '@irr/db';
import { importRecord, type ImportOutcome } from '@irr/db/repositories';
import { parseRecords, type RecordDiagnostic } from '@irr/domain';
import { ensureOrganisation } from './organisations.js';

export type ImportItemOutcome =
  | 'created'
  | 'new_version'
  | 'would_create'
  | 'would_add_version'
  | 'refused'
  | 'invalid'
  | 'failed';

export interface ImportItem {
  startLine: number;
  endLine: number;
  outcome: ImportItemOutcome;
  recordId: string | null;
  /** The version the new draft will become when published. */
  version: number | null;
  organisation: string | null;
  /** The organisation was added from the reference list for this record. */
  organisationAdded: boolean;
  reportTitle: string | null;
  findings: number;
  updates: number;
  message: string | null;
  diagnostics: RecordDiagnostic[];
}

/** Thrown to roll a record's transaction back while keeping what happened. */
class Rollback extends Error {
  constructor(
    readonly result: ImportOutcome | { kind: 'unknown_organisation'; message: string },
    readonly organisation: { name: string; added: boolean } | null,
  ) {
    super('rollback');
  }
}

/**
 * Import every record in a file's text, yielding what happened to each as it lands. Each record
 * is its own transaction, so a broken or refused record leaves nothing behind (not even the
 * organisation it would have added), and a process killed part-way leaves only whole records.
 */
export async function* importRecordsText(
  db: Db,
  text: string,
  options: { dryRun: boolean; actorId: string | null },
): AsyncGenerator<ImportItem> {
  for (const parsed of parseRecords(text)) {
    const record = parsed.record;
    const base: ImportItem = {
      startLine: parsed.startLine,
      endLine: parsed.endLine,
      outcome: 'invalid',
      recordId: null,
      version: null,
      organisation: record?.organisation.name ?? null,
      organisationAdded: false,
      reportTitle: record?.report.title ?? null,
      findings: record?.findings.length ?? 0,
      updates: record?.findings.reduce((n, f) => n + f.updates.length, 0) ?? 0,
      message: null,
      diagnostics: parsed.diagnostics,
    };
    if (!parsed.ok || !record) {
      yield { ...base, message: 'the record has errors; nothing was imported' };
      continue;
    }
    try {
      const done = await db.transaction(async (tx) => {
        const organisation = await ensureOrganisation(tx, record.organisation, options.actorId);
        if (!organisation.ok)
          throw new Rollback({ kind: 'unknown_organisation', message: organisation.message }, null);
        const org = { name: organisation.row.name, added: organisation.created };
        const result = await importRecord(tx, record, organisation.row.id, options.actorId);
        // A dry run does the whole import and rolls it back: the preview is exactly what would happen.
        if (result.kind === 'refused' || options.dryRun) throw new Rollback(result, org);
        return { result, org };
      });
      yield itemFor(base, done.result, done.org, false);
    } catch (e) {
      if (e instanceof Rollback) yield itemFor(base, e.result, e.organisation, true);
      else
        yield {
          ...base,
          outcome: 'failed',
          message: (e as Error).message.split(/\bparams:/)[0]!.trim(),
        };
    }
  }
}

function itemFor(
  base: ImportItem,
  result: Rollback['result'],
  org: Rollback['organisation'],
  rolledBack: boolean,
): ImportItem {
  const withOrg = {
    ...base,
    organisation: org?.name ?? base.organisation,
    organisationAdded: org?.added ?? false,
  };
  switch (result.kind) {
    case 'unknown_organisation':
      return { ...withOrg, outcome: 'refused', message: result.message };
    case 'refused':
      return { ...withOrg, outcome: 'refused', recordId: result.recordId, message: result.message };
    case 'created':
      return {
        ...withOrg,
        outcome: rolledBack ? 'would_create' : 'created',
        recordId: rolledBack ? null : result.recordId,
        version: 1,
      };
    case 'new_version':
      return {
        ...withOrg,
        outcome: rolledBack ? 'would_add_version' : 'new_version',
        recordId: result.recordId,
        version: result.version,
      };
  }
}
