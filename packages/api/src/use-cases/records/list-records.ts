import { listRecords as listRecordRows } from '@irr/db/read-models';
import type { PublicationStatus } from '@irr/domain';
import type { z } from 'zod';
import type { RecordListItem } from '../../schemas.js';
import { readableOrganisations, type UseCaseContext } from '../context.js';

export interface ListRecordsInput {
  organisationId?: string;
  status?: PublicationStatus;
}

/** The response records the actor may read (one organisation's, if named), newest change first. */
export async function listRecords(
  uc: UseCaseContext,
  input: ListRecordsInput,
): Promise<z.input<typeof RecordListItem>[]> {
  const organisationIds = readableOrganisations(uc.actor, input.organisationId);
  if (organisationIds?.length === 0) return [];
  return listRecordRows(uc.db, { organisationIds, status: input.status, limit: 500 });
}
