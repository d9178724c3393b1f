import { recordIdsInOrder } from '@irr/db/read-models';
import { loadRecords } from '@irr/db/repositories';
import type { ResponseRecord } from '@irr/domain';
import { readableOrganisations, type UseCaseContext } from '../context.js';

export type ExportRecordsInput = { recordIds: readonly string[] } | { all: true };

export interface ExportedRecords {
  /** Working copies (internal updates included), in the order asked for, or oldest first. */
  records: ResponseRecord[];
  /** Asked-for ids that are not records the actor may read. */
  missing: string[];
}

/** Records as the record format holds them, for `irr export`. */
export async function exportRecords(
  uc: UseCaseContext,
  input: ExportRecordsInput,
): Promise<ExportedRecords> {
  const readable = readableOrganisations(uc.actor);
  const wanted = 'all' in input ? await recordIdsInOrder(uc.db, readable) : input.recordIds;
  const loaded = await loadRecords(uc.db, wanted);
  const byId = new Map(
    loaded
      .filter((s) => !readable || readable.includes(s.row.organisationId))
      .map((s) => [s.row.id, s.record]),
  );
  return {
    records: wanted.flatMap((id) => byId.get(id) ?? []),
    missing: wanted.filter((id) => !byId.has(id)),
  };
}
