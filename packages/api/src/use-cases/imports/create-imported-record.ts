import type { Db } from '@irr/db';
import { insertFindings, insertRecord, recordAudit } from '@irr/db/repositories';
import type { ResponseRecord } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { importedContent } from './imported-content.js';

export interface NewImportedRecord {
  record: ResponseRecord;
  organisationId: string;
  reportId: string;
  /** The status a new record starts in, as the domain's import plan says. */
  status: 'draft';
}

/** Inside the import's transaction: a new response record with its findings and updates, audited. */
export async function createImportedRecord(
  tx: Db,
  uc: UseCaseContext,
  input: NewImportedRecord,
): Promise<string> {
  const row = await insertRecord(tx, {
    reportId: input.reportId,
    organisationId: input.organisationId,
    status: input.status,
    ...importedContent(input.record),
    lastEditorId: uc.actor.id,
  });
  await insertFindings(tx, row.id, input.record.findings, uc.actor.id);
  await recordAudit(tx, {
    actorId: uc.actor.id,
    organisationId: input.organisationId,
    action: 'record.imported',
    entityType: 'response_record',
    entityId: row.id,
    after: input.record,
  });
  return row.id;
}
