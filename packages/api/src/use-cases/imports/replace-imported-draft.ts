import type { Db } from '@irr/db';
import {
  appendFindingUpdate,
  deleteDraftFindings,
  insertFindings,
  loadRecord,
  publishedFindingIdsOf,
  recordAudit,
  setFindingKindAndCause,
  setFindingPositions,
  setFindingsWording,
  updateRecordIfVersion,
  type RecordRow,
} from '@irr/db/repositories';
import type { FindingUpdate, ImportDecision, ResponseRecord } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { importedContent } from './imported-content.js';

export interface ReplacedDraft {
  record: ResponseRecord;
  /** The draft held, at the version the user reviewed against. */
  existing: RecordRow;
  decisions: readonly ImportDecision[];
}

/**
 * Inside the import's transaction: the held draft's content becomes the import's. Findings matched by
 * ref keep their ids, owners, status and updates and take the new wording (and any update the import
 * adds); findings no version ever published that the import no longer has are deleted; new ones are
 * added; the order becomes the import's. Audited with the review's decisions.
 */
export async function replaceImportedDraft(
  tx: Db,
  uc: UseCaseContext,
  { record, existing, decisions }: ReplacedDraft,
): Promise<void> {
  const before = (await loadRecord(tx, existing.id))!;
  await updateRecordIfVersion(tx, existing.id, existing.rowVersion, {
    ...importedContent(record),
    // The importer wrote this content, so they may not approve it themselves.
    lastEditorId: uc.actor.id,
  });
  const held = new Map(before.findings.map((f) => [f.row.ref, f]));
  const incoming = new Set(record.findings.map((f) => f.ref));
  const published = await publishedFindingIdsOf(tx, existing.id);
  const kept = before.findings.filter((f) => incoming.has(f.row.ref) || published.has(f.row.id));
  const gone = before.findings.filter((f) => !kept.includes(f)).map((f) => f.row.id);
  await deleteDraftFindings(tx, existing.id, gone);
  const added = record.findings.filter((f) => !held.has(f.ref));
  const inserted = await insertFindings(
    tx,
    existing.id,
    added,
    uc.actor.id,
    before.findings.length,
  );
  const idByRef = new Map<string, string>([
    ...before.findings.map((f) => [f.row.ref, f.row.id] as const),
    ...inserted.findings.map((row) => [row.ref, row.id] as const),
  ]);
  const matched = record.findings.flatMap((finding) => {
    const stored = held.get(finding.ref);
    return stored ? [{ stored, finding }] : [];
  });
  // New wording for every held finding in one statement, each at the version this import read.
  await setFindingsWording(
    tx,
    matched.map(({ stored, finding }) => ({ row: stored.row, finding })),
  );
  for (const { stored, finding: f } of matched) {
    const cause = f.causeOfConcernRef ? (idByRef.get(f.causeOfConcernRef) ?? null) : null;
    await setFindingKindAndCause(tx, stored.row.id, f.kind, cause);
    for (const u of newUpdates(stored.finding.updates, f.updates))
      await appendFindingUpdate(tx, {
        findingId: stored.row.id,
        ...u,
        createdBy: uc.actor.id,
        createdAt: uc.now(),
      });
  }
  // The import's order; findings kept only because a version published them follow it.
  const order = [
    ...record.findings.map((f) => idByRef.get(f.ref)!),
    ...kept.filter((f) => !incoming.has(f.row.ref)).map((f) => f.row.id),
  ];
  await setFindingPositions(tx, existing.id, order);
  await recordAudit(tx, {
    actorId: uc.actor.id,
    organisationId: existing.organisationId,
    action: 'record.import_replaced_draft',
    entityType: 'response_record',
    entityId: existing.id,
    before: before.record,
    after: { record, decisions },
  });
}

/** The import's updates the finding does not hold yet (same date and text is the same update). */
function newUpdates(held: readonly FindingUpdate[], incoming: readonly FindingUpdate[]) {
  const key = (u: FindingUpdate) => `${u.date ?? ''}\u0000${u.text}`;
  const have = new Set(held.map(key));
  return incoming.filter((u) => !have.has(key(u)));
}
