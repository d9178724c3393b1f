import type { Db } from '@irr/db';
import {
  insertFindings,
  insertRecord,
  storedRecordOf,
  type StoredRecord,
} from '@irr/db/repositories';
import type { ResponseRecord } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { importedContent } from './imported-content.js';

export interface NewImportedRecord {
  record: ResponseRecord;
  organisation: StoredRecord['organisation'];
  report: StoredRecord['report'];
  /** The status a new record starts in, as the domain's import plan says. */
  status: 'draft';
  /** Its findings that answer a national report's own (`reportLinks`), by ref: linked as they are inserted. */
  reportLinks?: ReadonlyMap<string, string>;
}

/**
 * Inside the import's transaction: a new response record with its findings and updates, audited.
 * Returns it as stored, from the rows the inserts returned.
 */
export async function createImportedRecord(
  tx: Db,
  uc: UseCaseContext,
  input: NewImportedRecord,
): Promise<StoredRecord> {
  const { organisation, report } = input;
  const row = await insertRecord(
    tx,
    {
      reportId: report.id,
      organisationId: organisation.id,
      status: input.status,
      ...importedContent(input.record),
      lastEditorId: uc.actor.id,
    },
    {
      organisationName: organisation.name,
      reportTitle: report.title,
      reportSlug: report.slug,
      reportPublishedOn: report.publishedOn,
    },
    { actorId: uc.actor.id, action: 'record.imported', after: input.record },
  );
  const inserted = await insertFindings(
    tx,
    row.id,
    input.record.findings,
    uc.actor.id,
    0,
    input.reportLinks,
  );
  return storedRecordOf({ record: row, organisation, report, ...inserted });
}
