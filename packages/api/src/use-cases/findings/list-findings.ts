import { countFindings, findingsPage } from '@irr/db/read-models';
import {
  daysBetween,
  FINDINGS_PAGE_SIZE,
  isOverdue,
  londonDateOf,
  type FindingsQuery,
} from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { findingsFilterOf } from './findings-filter.js';
import type { FindingsList } from './list-findings.schema.js';

/**
 * Every finding of every record the actor may read (drafts too: staff read them), filtered,
 * sorted and paged in SQL; a page past the end is empty, with the total.
 */
export async function listFindings(
  uc: UseCaseContext,
  query: FindingsQuery,
): Promise<FindingsList> {
  const today = londonDateOf(uc.now());
  const sort = query.sort ?? 'target_date';
  const dir = query.dir ?? 'asc';
  const page = query.page ?? 1;
  const answer = { today, page, pageSize: FINDINGS_PAGE_SIZE, sort, dir };
  const filter = findingsFilterOf(uc.actor, query, today);
  if (!filter) return { ...answer, total: 0, items: [] };
  const rows = await findingsPage(
    uc.db,
    filter,
    { sort, dir },
    { limit: FINDINGS_PAGE_SIZE, offset: (page - 1) * FINDINGS_PAGE_SIZE },
  );
  return {
    ...answer,
    total: await countFindings(uc.db, filter),
    items: rows.map(({ ownerUserId, ownerName, ...row }) => ({
      ...row,
      owner: ownerUserId ? { id: ownerUserId, name: ownerName ?? '' } : null,
      daysOverdue: isOverdue(row, today) ? daysBetween(row.targetDate!, today) : null,
    })),
  };
}
