import { readDocument } from '@irr/documents';
import { forbidden, parseRecords, roleAtLeast, type RecordInFile } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import type { ImportItem } from './import-item.js';
import { importOneRecord, type Landing } from './import-one-record.js';
import { OrganisationsSeen } from './organisations-seen.js';

export type ImportRecordsInput = (
  | {
      /** One or many records in the record format, as pasted or already decoded. */
      text: string;
    }
  | {
      /**
       * A file as it is on disk: a Word document, a PDF, a saved web page or record text in any
       * encoding, told apart by its content and read by `@irr/documents`.
       */
      file: Uint8Array;
      fileName?: string;
    }
) & {
  /** Report what would happen and change nothing. */
  dryRun: boolean;
};

/**
 * Imports every record of a text, yielding what happened to each as it lands, for the API and the
 * CLI alike. Each record is its own transaction: a broken or refused one is reported with its lines
 * and leaves nothing behind, the others still land, and a process killed part-way leaves only whole
 * records. The actor needs the editor role in each record's organisation.
 */
export async function* importRecords(
  uc: UseCaseContext,
  input: ImportRecordsInput,
): AsyncGenerator<ImportItem> {
  if (!uc.actor.operator && !uc.actor.memberships.some((m) => roleAtLeast(m.role, 'editor')))
    throw forbidden('Importing needs the editor role');
  const records =
    'text' in input
      ? parseRecords(input.text)
      : (await readDocument(input.file, input.fileName)).records;
  const organisations = new OrganisationsSeen();
  for (const parsed of records) {
    const base = baseItem(parsed);
    if (!parsed.ok || !parsed.record) {
      yield { ...base, message: 'The record has errors; nothing was imported' };
      continue;
    }
    let item: ImportItem;
    try {
      item = itemFor(base, await importOneRecord(uc, parsed.record, input.dryRun, organisations));
    } catch (e) {
      item = {
        ...base,
        outcome: 'failed',
        message: 'The record could not be saved; nothing of it was imported',
        detail: e instanceof Error ? e.message.split(/\bparams:/)[0]!.trim() : String(e),
      };
    }
    yield item;
  }
}

function baseItem(parsed: RecordInFile): ImportItem {
  const record = parsed.record;
  return {
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
}

function itemFor(base: ImportItem, landing: Landing): ImportItem {
  const item = {
    ...base,
    organisation: landing.organisation?.name ?? base.organisation,
    organisationAdded: landing.organisation?.added ?? false,
    version: landing.version,
    message: landing.message,
  };
  switch (landing.outcome) {
    case 'refused':
      return { ...item, outcome: 'refused', recordId: landing.recordId };
    case 'created':
      return landing.rolledBack
        ? { ...item, outcome: 'would_create', recordId: null }
        : { ...item, outcome: 'created', recordId: landing.recordId };
    case 'new_version':
      return {
        ...item,
        outcome: landing.rolledBack ? 'would_add_version' : 'new_version',
        recordId: landing.recordId,
      };
  }
}
