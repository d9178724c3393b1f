import { listRecords as listRecordRows } from '@irr/db/read-models';
import { londonDateOf, type PublicationStatus, type RecordQueue } from '@irr/domain';
import type { z } from 'zod';
import type { RecordListItem } from '../../schemas.js';
import { readableOrganisations, type UseCaseContext } from '../context.js';
import { recordQueueIds } from '../dashboard/record-queue.js';

export interface ListRecordsInput {
  organisationId?: string;
  status?: PublicationStatus;
  /** Only the records of one of the dashboard's queues: the list its count links to. */
  queue?: RecordQueue;
}

/** The response records the actor may read (one organisation's, if named), newest change first. */
export async function listRecords(
  uc: UseCaseContext,
  input: ListRecordsInput,
): Promise<z.input<typeof RecordListItem>[]> {
  const organisationIds = readableOrganisations(uc.actor, input.organisationId);
  if (organisationIds?.length === 0) return [];
  const recordIds = input.queue
    ? await recordQueueIds(uc, input.queue, organisationIds, londonDateOf(uc.now()))
    : undefined;
  if (recordIds?.length === 0) return [];
  return listRecordRows(uc.db, { organisationIds, status: input.status, recordIds, limit: 500 });
}
