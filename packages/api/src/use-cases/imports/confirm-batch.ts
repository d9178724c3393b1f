import { findImportBatch, pendingImportsOfBatch } from '@irr/db/repositories';
import { AppError } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { confirmImport } from './confirm-import.js';
import { importingUser } from './pending-import-owner.js';
import { pendingImportState, toSummary } from './pending-import-view.js';

export interface BatchResult {
  id: string;
  outcome: 'created' | 'skipped';
  recordId: string | null;
  message: string | null;
}

/**
 * "Import the ready files": each listed import of the batch that is ready and meets no record already
 * held becomes a new record, each in its own transaction; every other is skipped with the reason, for
 * the user to review on its own.
 */
export async function confirmBatch(
  uc: UseCaseContext,
  input: { batchId: string; ids: string[] },
): Promise<{ results: BatchResult[] }> {
  const userId = importingUser(uc.actor);
  const batch = await findImportBatch(uc.db, input.batchId, userId, uc.now());
  const rows = new Map(
    (await pendingImportsOfBatch(uc.db, batch.id, userId, uc.now())).map((r) => [r.id, r]),
  );
  const results: BatchResult[] = [];
  for (const id of new Set(input.ids)) {
    const row = rows.get(id);
    const skip = (message: string): BatchResult => ({
      id,
      outcome: 'skipped',
      recordId: null,
      message,
    });
    if (!row) {
      results.push(skip('This import is not in the batch (or has expired)'));
      continue;
    }
    const summary = toSummary(await pendingImportState(uc.db, uc.actor, row));
    const why = whySkipped(summary);
    if (why) {
      results.push(skip(why));
      continue;
    }
    try {
      const done = await confirmImport(uc, { id, rowVersion: row.rowVersion, action: 'create' });
      results.push({ id, outcome: 'created', recordId: done.recordId, message: null });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      results.push(skip(e.message));
    }
  }
  return { results };
}

function whySkipped(s: ReturnType<typeof toSummary>): string | null {
  if (s.status !== 'pending')
    return s.status === 'imported' ? 'Already imported' : 'This import was discarded';
  if (!s.ready) {
    if (s.meeting && s.meeting.choices.length === 0)
      return `It may be the inspection "${s.meeting.report.title}" already held: review it to say`;
    return 'It needs review: it has errors or unplaced text';
  }
  if (s.meeting?.record)
    return `This report already has a response ("${s.meeting.report.title}"): review it to choose what to do`;
  return null;
}
