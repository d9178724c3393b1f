import type { Db } from '@irr/db';
import { recordTitles } from '@irr/db/read-models';
import { notificationLine } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { tell } from './tell.js';

export interface Assignment {
  recordId: string;
  /** One finding (it links there), or null for several of the record's findings (it links to the record). */
  findingId: string | null;
  refs: readonly string[];
  ownerUserId: string;
}

/**
 * In the owner change's transaction: each new owner is told, once per record (a bulk reassignment of
 * forty findings is one line per response, not forty mails), unless they made the change themselves.
 */
export async function notifyFindingsAssigned(
  tx: Db,
  uc: UseCaseContext,
  organisationId: string,
  assignments: readonly Assignment[],
): Promise<void> {
  const told = assignments.filter((a) => a.ownerUserId !== uc.actor.id && a.refs.length > 0);
  const titles = await recordTitles(tx, [...new Set(told.map((a) => a.recordId))]);
  await tell(
    tx,
    uc.now(),
    told.flatMap((a) => {
      const title = titles.get(a.recordId);
      if (!title) return [];
      return [
        {
          userId: a.ownerUserId,
          organisationId,
          kind: 'finding_assigned' as const,
          recordId: a.recordId,
          findingId: a.findingId,
          line: notificationLine({
            kind: 'finding_assigned',
            ...title,
            findingRef: a.refs.join(', '),
            actorName: uc.actor.displayName,
          }),
          link: a.findingId
            ? `/records/${a.recordId}/findings/${a.findingId}`
            : `/records/${a.recordId}`,
        },
      ];
    }),
  );
}
