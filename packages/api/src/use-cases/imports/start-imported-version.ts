import type { Db } from '@irr/db';
import {
  findingRowsOf,
  insertFindings,
  recordAudit,
  setFindingsWording,
  updateRecordIfVersion,
  type RecordRow,
} from '@irr/db/repositories';
import {
  londonDateOf,
  publicationEffects,
  type RecordImportPlan,
  type ResponseRecord,
} from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { importedContent } from './imported-content.js';

export interface ImportedVersion {
  record: ResponseRecord;
  existing: RecordRow;
  plan: Extract<RecordImportPlan, { kind: 'new_version' }>;
}

/**
 * Inside the import's transaction: the imported content becomes the next draft version of a
 * published record, a move of the publication lifecycle audited as its event. Findings already
 * held (matched by ref) keep their ids, status, owners and updates; new ones are added after them.
 */
export async function startImportedVersion(
  tx: Db,
  uc: UseCaseContext,
  { record, existing, plan }: ImportedVersion,
): Promise<void> {
  const effects = publicationEffects(plan.move, existing, { today: londonDateOf(uc.now()) });
  await updateRecordIfVersion(tx, existing.id, existing.rowVersion, {
    ...importedContent(record),
    ...effects,
    // The importer wrote this version's content, so they may not approve it themselves.
    lastEditorId: uc.actor.id,
  });
  const held = new Map((await findingRowsOf(tx, existing.id)).map((f) => [f.ref, f]));
  await setFindingsWording(
    tx,
    record.findings.flatMap((finding) => {
      const row = held.get(finding.ref);
      return row ? [{ row, finding }] : [];
    }),
  );
  const added = record.findings.filter((f) => !held.has(f.ref));
  await insertFindings(tx, existing.id, added, uc.actor.id, held.size);
  const audit = {
    actorId: uc.actor.id,
    organisationId: existing.organisationId,
    entityType: 'response_record',
    entityId: existing.id,
  };
  await recordAudit(tx, {
    ...audit,
    action: `record.${plan.move.event}`,
    before: { status: existing.status, version: existing.draftVersion },
    after: effects,
  });
  await recordAudit(tx, {
    ...audit,
    action: 'record.imported_new_version',
    before: { version: existing.latestPublishedVersion },
    after: record,
  });
}
