import type { PendingImportRow } from '@irr/db/repositories';
import { AppError } from '@irr/domain';

/** An import already saved or thrown away cannot be changed or confirmed again. */
export function requirePending(row: PendingImportRow): void {
  if (row.status === 'pending') return;
  throw new AppError(
    {
      code: 'IMPORT_NOT_PENDING',
      message:
        row.status === 'imported'
          ? 'This import has already been saved; open the record it made'
          : 'This import was discarded; upload the file again to import it',
    },
    { status: row.status, resultRecordId: row.resultRecordId },
  );
}
