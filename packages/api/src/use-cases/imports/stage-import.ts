import {
  deleteExpiredImports,
  findImportBatch,
  insertImportBatch,
  insertPendingImports,
  recordAudit,
  type NewPendingImport,
} from '@irr/db/repositories';
import { readDocument, type DocumentReading } from '@irr/documents';
import {
  forbidden,
  normaliseText,
  parseRecords,
  roleAtLeast,
  withFileDiagnostics,
} from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { resolveImportOrganisation } from './meet-existing.js';
import { pendingImportState, toSummary, type PendingImportSummary } from './pending-import-view.js';
import { PENDING_IMPORT_DAYS, expiryFrom, importingUser } from './pending-import-owner.js';

export type StageImportInput = (
  { file: Uint8Array; fileName: string } | { text: string; fileName?: string }
) & {
  /** Add to a batch the user is staging already (the next file of a folder or archive). */
  batchId?: string;
};

/**
 * Reads a file (or pasted text) and keeps each record in it as a pending import for its user to
 * review: nothing is imported yet. A file that cannot be read still gets one, with the reason, so a
 * batch has a result for every file. Expired pending imports are swept away first.
 */
export async function stageImport(
  uc: UseCaseContext,
  input: StageImportInput,
): Promise<{ batchId: string; items: PendingImportSummary[] }> {
  const userId = importingUser(uc.actor);
  if (!uc.actor.operator && !uc.actor.memberships.some((m) => roleAtLeast(m.role, 'editor')))
    throw forbidden('Importing needs the editor role');
  const now = uc.now();
  await deleteExpiredImports(uc.db, now);
  const reading: DocumentReading =
    'file' in input ? await readDocument(input.file, input.fileName) : pastedText(input.text);
  const fileName = input.fileName ?? 'pasted text';
  const expiresAt = expiryFrom(now);
  const rows = await uc.db.transaction(async (tx) => {
    const batch = input.batchId
      ? await findImportBatch(tx, input.batchId, userId, now)
      : await insertImportBatch(tx, { userId, expiresAt });
    const values: NewPendingImport[] = [];
    for (const [i, r] of pendingRows(reading).entries()) {
      const org = await resolveImportOrganisation(tx, uc.actor, reading.records[i]?.record ?? null);
      values.push({
        ...r,
        organisationId: org?.id ?? null,
        batchId: batch.id,
        userId,
        fileName,
        expiresAt,
      });
    }
    const staged = await insertPendingImports(tx, values);
    await recordAudit(tx, {
      actorId: userId,
      organisationId: null,
      action: 'import.staged',
      entityType: 'import_batch',
      entityId: batch.id,
      after: {
        fileName,
        format: reading.format,
        records: staged.length,
        keptForDays: PENDING_IMPORT_DAYS,
      },
    });
    return { batchId: batch.id, staged };
  });
  const items: PendingImportSummary[] = [];
  for (const row of rows.staged)
    items.push(toSummary(await pendingImportState(uc.db, uc.actor, row)));
  return { batchId: rows.batchId, items };
}

function pastedText(text: string): DocumentReading {
  return {
    format: 'record-text',
    records: parseRecords(text),
    text: normaliseText(text),
    places: null,
    fileDiagnostics: [],
  };
}

type StagedRecord = Pick<
  NewPendingImport,
  'format' | 'sourceText' | 'lineOffset' | 'places' | 'fileDiagnostics'
>;

/** Each record's own lines, places and file diagnostics, cut from the file's. */
function pendingRows(reading: DocumentReading): StagedRecord[] {
  if (reading.text.trim() === '') {
    const diagnostics = reading.records[0]?.diagnostics ?? reading.fileDiagnostics;
    return [
      {
        format: reading.format,
        sourceText: '',
        lineOffset: 0,
        places: null,
        fileDiagnostics: diagnostics,
      },
    ];
  }
  const lines = reading.text.split('\n');
  const fileDiagnostics = withFileDiagnostics(
    reading.records.map((r) => ({ endLine: r.endLine, diagnostics: [] })),
    reading.fileDiagnostics,
  );
  return reading.records.map((r, i) => ({
    format: reading.format,
    sourceText: lines.slice(r.startLine - 1, r.endLine).join('\n'),
    lineOffset: r.startLine - 1,
    places:
      reading.places?.slice(r.startLine - 1, r.endLine).map((p) => ({
        page: p.page ?? null,
        paragraph: p.paragraph,
      })) ?? null,
    fileDiagnostics: fileDiagnostics[i]!.diagnostics,
  }));
}
